package com.assisto.application.user;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.user.LoginAttempt;
import com.assisto.domain.user.LoginLock;
import com.assisto.domain.user.LoginLocksChanged;
import com.assisto.domain.user.LoginRecords;
import com.assisto.domain.user.LoginThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles logins by the {@link LoginThrottle} rules, with its state in the database so that
 * every instance of a cluster sees the same failures and lockouts. The login mechanism asks
 * {@link #refusal} before the slow password check and reports each checked attempt after it.
 * Lockouts and unlocks go to the audit trail and the server log.
 */
@Stateless
@DeclareRoles("ADMIN")
public class LoginSecurity {

    private static final Logger LOG = Logger.getLogger(LoginSecurity.class.getName());
    static final String AUDIT_TYPE = "LoginLock";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private LoginRecords records;

    @EJB
    private AuditTrail audit;

    @Inject
    private CallerScope caller;

    @Inject
    private Event<LoginLocksChanged> locksChanged;

    @Inject
    @ConfigProperty(name = "assisto.login.lock-seconds", defaultValue = "900")
    private long lockSeconds;

    private LoginThrottle throttle;

    @PostConstruct
    void configure() {
        throttle =
                new LoginThrottle(LoginThrottle.Settings.defaults().withLockDuration(Duration.ofSeconds(lockSeconds)));
    }

    /** Why this attempt must be refused before its password is checked, if it must. */
    public Optional<LoginThrottle.Refusal> refusal(String username, String address) {
        Instant now = Instant.now();
        String name = normalise(username);
        Optional<Instant> lockedUntil = coveringLock(name, address, records.activeLocks(name, address, now), now)
                .map(LoginLock::getLockedUntil);
        List<Instant> failures = records.failuresOf(name, address, throttle.windowStart(now));
        return throttle.refusal(now, new LoginThrottle.History(failures, lockedUntil));
    }

    /** A wrong password (or unknown user): counted, and a lockout begins when a threshold is reached. */
    public void failed(String username, String address) {
        Instant now = Instant.now();
        String name = normalise(username);
        records.prune(throttle.windowStart(now), throttle.knownSince(now));
        records.add(new LoginAttempt(name, address, now, false));
        Instant since = throttle.windowStart(now);
        LoginThrottle.Counts counts = new LoginThrottle.Counts(
                records.failuresOf(name, address, since).size(), (int) records.accountFailures(name, since), (int)
                        records.addressFailures(address, since));
        List<LoginLock> running = records.activeLocks(name, address, now);
        for (LoginThrottle.Scope scope : throttle.lockoutsAfter(counts)) {
            LoginLock lock = new LoginLock(
                    scope,
                    name,
                    address,
                    switch (scope) {
                        case ACCOUNT_FROM_ADDRESS -> counts.pairFailures();
                        case ACCOUNT -> counts.accountFailures();
                        case ADDRESS -> counts.addressFailures();
                    },
                    now,
                    throttle.lockedUntil(now));
            if (running.stream().noneMatch(other -> sameTarget(other, lock))) {
                records.add(lock);
                // the end in the company's zone, as the console shows moments
                ZonedDateTime until = lock.getLockedUntil().atZone(ZoneId.systemDefault());
                audit.record(
                        AUDIT_TYPE,
                        lock.getId(),
                        "locked",
                        Message.of(
                                "audit.locked",
                                lock.description(),
                                lock.getFailures(),
                                until.toLocalDate(),
                                HOUR.format(until)));
                LOG.warning(() -> "Login lockout of " + lock.describe() + " after " + lock.getFailures()
                        + " failed logins, until " + lock.getLockedUntil());
                locksChanged.fire(new LoginLocksChanged());
            }
        }
    }

    /** A right password: the account's failures are cleared and this address is known for it. */
    public void succeeded(String username, String address) {
        records.succeeded(normalise(username), address, Instant.now());
    }

    /** Every lockout running now, for the login mechanism's quick check. */
    public List<LoginLock> running() {
        return records.activeLocks(Instant.now());
    }

    /** The latest lockouts, running or ended, newest first. */
    @RolesAllowed("ADMIN")
    public List<LoginLock> latest(int limit) {
        return records.latestLocks(Math.max(1, Math.min(limit, 500)));
    }

    /** Ends a running lockout and clears the failures it counted. */
    @RolesAllowed("ADMIN")
    public LoginLock unlock(long id) {
        LoginLock lock = records.lock(id).orElseThrow(() -> new NotFoundException("LoginLock", id));
        lock.unlock(Instant.now(), caller.callerName());
        records.clearFailures(lock);
        audit.record(AUDIT_TYPE, lock.getId(), "unlocked", lock.description());
        LOG.info(() -> caller.callerName() + " unlocked " + lock.describe());
        locksChanged.fire(new LoginLocksChanged());
        return lock;
    }

    /** The audit trail of one lockout: when it began and who unlocked it. */
    @RolesAllowed("ADMIN")
    public List<com.assisto.domain.audit.AuditEntry> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    public LoginThrottle.Settings settings() {
        return throttle.settings();
    }

    private Optional<LoginLock> coveringLock(String name, String address, List<LoginLock> running, Instant now) {
        Boolean known = null;
        LoginLock latest = null;
        for (LoginLock lock : running) {
            boolean names = switch (lock.getScope()) {
                case ACCOUNT_FROM_ADDRESS -> name.equals(lock.getUsername()) && address.equals(lock.getAddress());
                case ACCOUNT -> name.equals(lock.getUsername());
                case ADDRESS -> address.equals(lock.getAddress());
            };
            if (!names) {
                continue;
            }
            if (lock.getScope() != LoginThrottle.Scope.ACCOUNT_FROM_ADDRESS && known == null) {
                known = records.isKnownAddress(name, address, throttle.knownSince(now));
            }
            if (LoginThrottle.covers(lock.getScope(), Boolean.TRUE.equals(known))
                    && (latest == null || lock.getLockedUntil().isAfter(latest.getLockedUntil()))) {
                latest = lock;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static boolean sameTarget(LoginLock one, LoginLock other) {
        return one.getScope() == other.getScope()
                && java.util.Objects.equals(one.getUsername(), other.getUsername())
                && java.util.Objects.equals(one.getAddress(), other.getAddress());
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
