package com.assisto.interfaces.security;

import com.assisto.application.user.LoginSecurity;
import com.assisto.domain.user.LoginLock;
import com.assisto.domain.user.LoginLocksChanged;
import com.assisto.domain.user.LoginThrottle;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lockouts of accounts from addresses running now, read from the database at most every two
 * seconds, so that a remembered login (which skips the database) still meets a lockout: at once
 * on the instance that set it or lifted it, within two seconds on the others of a cluster.
 */
@ApplicationScoped
public class RunningLocks {

    private static final long REFRESH_MILLIS = 2_000L;

    @EJB
    private LoginSecurity security;

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, Instant> untilByPair, long readAt) {}

    Optional<LoginThrottle.Refusal> lockedFrom(String username, String address) {
        Snapshot current = snapshot;
        long now = System.currentTimeMillis();
        if (current == null || now - current.readAt() > REFRESH_MILLIS) {
            current = new Snapshot(
                    security.running().stream()
                            .filter(lock -> lock.getScope() == LoginThrottle.Scope.ACCOUNT_FROM_ADDRESS)
                            .collect(Collectors.toMap(
                                    lock -> key(lock.getUsername(), lock.getAddress()),
                                    LoginLock::getLockedUntil,
                                    (one, other) -> one.isAfter(other) ? one : other)),
                    now);
            snapshot = current;
        }
        Instant until = current.untilByPair().get(key(username, address));
        return until == null || !until.isAfter(Instant.now())
                ? Optional.empty()
                : Optional.of(new LoginThrottle.Refusal(LoginThrottle.Refusal.Reason.LOCKED, until));
    }

    void stale(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoginLocksChanged change) {
        snapshot = null;
    }

    private static String key(String username, String address) {
        return username + '\u0000' + address;
    }
}
