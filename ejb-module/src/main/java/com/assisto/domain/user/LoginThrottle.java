package com.assisto.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a login attempt may be checked at all, and which lockouts a failure sets off. Failures
 * are counted in a sliding window and a successful login clears the account's count.
 *
 * <ul>
 * <li>Per account and client address: from the {@code delayAfter}-th failure on, the next
 * attempt must wait a delay that doubles with each failure (1 s, 2 s, 4 s...); the
 * {@code lockAfter}-th failure locks the account <em>from that address</em> for
 * {@code lockDuration}. An attacker elsewhere therefore does not lock the user out where the
 * user works.</li>
 * <li>Per account, from every address together: {@code accountLockAfter} failures lock the
 * account from every address the account has not logged in from lately (its known addresses
 * stay open), which stops guessing spread over many addresses.</li>
 * <li>Per client address, over every account: {@code addressLockAfter} failures lock that address
 * for every account not known there (password spraying).</li>
 * </ul>
 * Every lockout expires by itself after {@code lockDuration}; it cannot be extended by further
 * attempts while it lasts, since attempts during a lockout are refused before their password is
 * looked at and so are not failures.
 */
public final class LoginThrottle {

    /** What a lockout covers. */
    public enum Scope {
        /** One account from one address. */
        ACCOUNT_FROM_ADDRESS,
        /** One account from every address it is not known at. */
        ACCOUNT,
        /** One address for every account not known there. */
        ADDRESS
    }

    /** The settings, with the product's defaults in {@link #defaults()}. */
    public record Settings(
            int delayAfter,
            Duration firstDelay,
            int lockAfter,
            Duration lockDuration,
            Duration window,
            int accountLockAfter,
            int addressLockAfter,
            Duration knownAddressFor) {

        public Settings {
            Objects.requireNonNull(firstDelay, "The first delay is required.");
            Objects.requireNonNull(lockDuration, "The lockout duration is required.");
            Objects.requireNonNull(window, "The window is required.");
            Objects.requireNonNull(knownAddressFor, "How long an address stays known is required.");
            if (delayAfter < 1
                    || lockAfter < delayAfter
                    || accountLockAfter < lockAfter
                    || addressLockAfter < lockAfter) {
                throw new IllegalArgumentException("Thresholds must grow: delay after " + delayAfter + ", lock after "
                        + lockAfter + ", account after " + accountLockAfter + ", address after " + addressLockAfter);
            }
            if (lockDuration.isNegative() || lockDuration.isZero() || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("The lockout and the window must last");
            }
        }

        /** Delays from the 3rd failure, lockout at the 5th for 15 minutes, 15-minute window. */
        public static Settings defaults() {
            return new Settings(
                    3,
                    Duration.ofSeconds(1),
                    5,
                    Duration.ofMinutes(15),
                    Duration.ofMinutes(15),
                    20,
                    50,
                    Duration.ofDays(30));
        }

        public Settings withLockDuration(Duration duration) {
            return new Settings(
                    delayAfter,
                    firstDelay,
                    lockAfter,
                    duration,
                    window,
                    accountLockAfter,
                    addressLockAfter,
                    knownAddressFor);
        }
    }

    /** Why an attempt is refused unchecked, and when the next one may come. */
    public record Refusal(Reason reason, Instant until) {

        public enum Reason {
            /** Too many recent failures: wait a little. */
            DELAYED,
            /** Locked out until {@code until}. */
            LOCKED
        }

        /** Whole seconds to wait, at least one, for a Retry-After header. */
        public long retryAfterSeconds(Instant now) {
            long millis = Duration.between(now, until).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }

    /**
     * What is known of an attempt before its password is checked.
     *
     * @param pairFailures times of this account's failures from this address in the window, oldest first
     * @param lockedUntil the end of the latest lockout that covers this attempt, if one is running
     */
    public record History(List<Instant> pairFailures, Optional<Instant> lockedUntil) {

        public History {
            pairFailures = List.copyOf(pairFailures);
            Objects.requireNonNull(lockedUntil);
        }
    }

    /** Failures in the window after a new one was recorded, that one included. */
    public record Counts(int pairFailures, int accountFailures, int addressFailures) {}

    private final Settings settings;

    public LoginThrottle(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "Settings are required.");
    }

    public Settings settings() {
        return settings;
    }

    /** Where the window of counted failures starts. */
    public Instant windowStart(Instant now) {
        return now.minus(settings.window());
    }

    /** Since when a successful login keeps an address known for its account. */
    public Instant knownSince(Instant now) {
        return now.minus(settings.knownAddressFor());
    }

    /** Refuses the attempt while a lockout covers it or its delay has not passed; empty when it may be checked. */
    public Optional<Refusal> refusal(Instant now, History history) {
        if (history.lockedUntil().isPresent() && history.lockedUntil().get().isAfter(now)) {
            return Optional.of(
                    new Refusal(Refusal.Reason.LOCKED, history.lockedUntil().get()));
        }
        int failures = history.pairFailures().size();
        if (failures < settings.delayAfter()) {
            return Optional.empty();
        }
        Instant last = history.pairFailures().get(failures - 1);
        Instant until = last.plus(delayAfter(failures));
        return until.isAfter(now) ? Optional.of(new Refusal(Refusal.Reason.DELAYED, until)) : Optional.empty();
    }

    /** The wait after this many failures: the first delay, doubled for each failure after the first delayed one. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - settings.delayAfter(), 20);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.lockDuration()) > 0 ? settings.lockDuration() : delay;
    }

    /** The lockouts a failure sets off, given the counts that include it. */
    public Set<Scope> lockoutsAfter(Counts counts) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (counts.pairFailures() >= settings.lockAfter()) {
            scopes.add(Scope.ACCOUNT_FROM_ADDRESS);
        }
        if (counts.accountFailures() >= settings.accountLockAfter()) {
            scopes.add(Scope.ACCOUNT);
        }
        if (counts.addressFailures() >= settings.addressLockAfter()) {
            scopes.add(Scope.ADDRESS);
        }
        return scopes;
    }

    /** Whether a running lockout of this scope stops an attempt, given whether its address is known for its account. */
    public static boolean covers(Scope scope, boolean knownAddress) {
        return scope == Scope.ACCOUNT_FROM_ADDRESS || !knownAddress;
    }

    /** When a lockout set off now ends. */
    public Instant lockedUntil(Instant now) {
        return now.plus(settings.lockDuration());
    }
}
