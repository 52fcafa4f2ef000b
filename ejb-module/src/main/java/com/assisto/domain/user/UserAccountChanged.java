package com.assisto.domain.user;

/** A user's password, roles or active flag changed: remembered logins of that user are void. */
public record UserAccountChanged(String username) {}
