package com.assisto.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.user.LoginThrottle.Counts;
import com.assisto.domain.user.LoginThrottle.History;
import com.assisto.domain.user.LoginThrottle.Refusal;
import com.assisto.domain.user.LoginThrottle.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Settings.defaults());

    private static List<Instant> failures(int count) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(T0.plusSeconds(i));
        }
        return times;
    }

    private Optional<Refusal> refusal(Instant now, int failures) {
        return throttle.refusal(now, new History(failures(failures), Optional.empty()));
    }

    @Test
    void twoFailuresCostNothing() {
        assertEquals(Optional.empty(), refusal(T0.plusSeconds(1), 2));
    }

    @Test
    void fromTheThirdFailureTheNextAttemptWaitsADoublingDelay() {
        Instant third = T0.plusSeconds(2);
        Refusal wait = refusal(third, 3).orElseThrow();
        assertEquals(Refusal.Reason.DELAYED, wait.reason());
        assertEquals(third.plusSeconds(1), wait.until());
        assertEquals(1, wait.retryAfterSeconds(third));
        assertEquals(Optional.empty(), refusal(third.plusSeconds(1), 3), "the delay passes");

        Instant fourth = T0.plusSeconds(3);
        assertEquals(fourth.plusSeconds(2), refusal(fourth, 4).orElseThrow().until());
        assertEquals(Duration.ofSeconds(4), throttle.delayAfter(5));
    }

    @Test
    void theFifthFailureLocksTheAccountFromThatAddress() {
        assertEquals(Set.of(), throttle.lockoutsAfter(new Counts(4, 4, 4)));
        assertEquals(Set.of(Scope.ACCOUNT_FROM_ADDRESS), throttle.lockoutsAfter(new Counts(5, 5, 5)));
    }

    @Test
    void aLockoutRefusesEvenWithoutRecentFailuresAndExpiresByItself() {
        Instant until = throttle.lockedUntil(T0);
        assertEquals(T0.plus(Duration.ofMinutes(15)), until);
        History locked = new History(List.of(), Optional.of(until));
        Refusal refusal = throttle.refusal(T0.plusSeconds(60), locked).orElseThrow();
        assertEquals(Refusal.Reason.LOCKED, refusal.reason());
        assertEquals(14 * 60, refusal.retryAfterSeconds(T0.plusSeconds(60)));
        assertEquals(Optional.empty(), throttle.refusal(until, locked));
    }

    @Test
    void guessingFromManyAddressesLocksTheAccountWhereItIsNotKnown() {
        assertEquals(Set.of(Scope.ACCOUNT), throttle.lockoutsAfter(new Counts(1, 20, 1)));
        assertTrue(LoginThrottle.covers(Scope.ACCOUNT, false));
        assertTrue(!LoginThrottle.covers(Scope.ACCOUNT, true), "the user's own addresses stay open");
    }

    @Test
    void sprayingFromOneAddressLocksTheAddressForAccountsNotKnownThere() {
        assertEquals(Set.of(Scope.ADDRESS), throttle.lockoutsAfter(new Counts(1, 1, 50)));
        assertTrue(!LoginThrottle.covers(Scope.ADDRESS, true));
        assertTrue(LoginThrottle.covers(Scope.ACCOUNT_FROM_ADDRESS, true), "a lockout of the pair covers it always");
    }

    @Test
    void theWindowAndTheKnownPeriodLookBack() {
        assertEquals(T0.minus(Duration.ofMinutes(15)), throttle.windowStart(T0));
        assertEquals(T0.minus(Duration.ofDays(30)), throttle.knownSince(T0));
    }

    @Test
    void theDelayNeverExceedsTheLockout() {
        LoginThrottle shortLock =
                new LoginThrottle(LoginThrottle.Settings.defaults().withLockDuration(Duration.ofSeconds(3)));
        assertEquals(Duration.ofSeconds(3), shortLock.delayAfter(12));
    }

    @Test
    void thresholdsMustGrow() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LoginThrottle.Settings(
                        5,
                        Duration.ofSeconds(1),
                        3,
                        Duration.ofMinutes(15),
                        Duration.ofMinutes(15),
                        20,
                        50,
                        Duration.ofDays(30)));
        assertThrows(
                IllegalArgumentException.class,
                () -> LoginThrottle.Settings.defaults().withLockDuration(Duration.ZERO));
    }
}
