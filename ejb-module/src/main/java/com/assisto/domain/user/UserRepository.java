package com.assisto.domain.user;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserRepository {

    Optional<AppUser> find(long id);

    /** The account with exactly this name; names are stored trimmed and in lower case. */
    Optional<AppUser> findByUsername(String username);

    /** Every account with the customer it is bound to, in name order. */
    List<AppUser> all();

    /** The active accounts with the role, in name order. */
    List<AppUser> activeWith(Role role);

    long count();

    void add(AppUser user);
}
