package com.assisto.domain.user;

/** A lockout began or was lifted: what an instance remembers of running lockouts is stale. */
public record LoginLocksChanged() {}
