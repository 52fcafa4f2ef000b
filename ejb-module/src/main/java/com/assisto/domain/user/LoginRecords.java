package com.assisto.domain.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored login attempts and lockouts: the throttle's memory, shared by every instance. */
public interface LoginRecords {

    /** Failures of this account from this address since the instant, oldest first. */
    List<Instant> failuresOf(String username, String address, Instant since);

    long accountFailures(String username, Instant since);

    long addressFailures(String address, Instant since);

    /** Whether the account logged in successfully from this address since the instant. */
    boolean isKnownAddress(String username, String address, Instant since);

    /** Lockouts running now that name this account or this address. */
    List<LoginLock> activeLocks(String username, String address, Instant now);

    /** Every lockout running now. */
    List<LoginLock> activeLocks(Instant now);

    /** The latest lockouts, newest first. */
    List<LoginLock> latestLocks(int limit);

    Optional<LoginLock> lock(long id);

    void add(LoginAttempt attempt);

    void add(LoginLock lock);

    /** Records a success: the account's failures are cleared and the address is known from now. */
    void succeeded(String username, String address, Instant now);

    /** Clears the failures a lockout counted, so that an unlocked account starts afresh. */
    void clearFailures(LoginLock lock);

    /** Forgets failures older than the window and successes older than the known-address period. */
    void prune(Instant failuresBefore, Instant successesBefore);
}
