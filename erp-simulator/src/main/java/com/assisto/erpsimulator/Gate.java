package com.assisto.erpsimulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every WebAPI and SOAP call goes through before it is served: forced failures, the mode, the credentials and
 * the limit of concurrent calls. One instance serves both channels, so a test sees one ERP whichever it calls.
 */
final class Gate {

    /** Mexal's WebAPI serves at most this many calls of one user at once. */
    static final int MAX_CONCURRENT_PER_USER = 5;

    private final String expectedAuthorization;

    private volatile Mode mode = Mode.UP;
    private volatile Duration delay = Duration.ZERO;

    private int forcedFailures;
    private int forcedStatus;

    /**
     * Calls in flight of the configured user. The simulator knows a single account, so the per-user limit is this
     * account's limit; calls with other credentials are refused before they count.
     */
    private final AtomicInteger inFlight = new AtomicInteger();

    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicInteger unauthorizedCalls = new AtomicInteger();

    Gate(String user, String password) {
        expectedAuthorization = "Passepartout "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Admits a call carrying this Authorization header, after the SLOW delay when that is the mode. Every call
     * admitted must {@link #leave()} when it has been answered.
     *
     * @throws ErpException with the status to answer when the call is refused
     */
    void enter(String authorization) throws ErpException {
        int forced = takeForcedFailure();
        if (forced != 0) {
            throw refuse(forced, forcedReason(forced));
        }
        if (mode == Mode.ERROR_500) {
            throw refuse(500, "errore interno");
        }
        if (mode == Mode.UNAUTHORIZED) {
            throw refuse(401, "utente bloccato");
        }
        if (authorization == null) {
            throw refuse(401, "intestazione Authorization mancante");
        }
        if (!expectedAuthorization.equals(authorization.trim())) {
            throw refuse(401, "credenziali non valide");
        }
        int now = inFlight.incrementAndGet();
        if (now > MAX_CONCURRENT_PER_USER) {
            inFlight.decrementAndGet();
            throw refuse(429, "troppe chiamate contemporanee");
        }
        maxConcurrent.accumulateAndGet(now, Math::max);
        if (mode == Mode.SLOW) {
            sleep(delay);
        }
    }

    /** Frees the place of a call that {@link #enter(String)} admitted. */
    void leave() {
        inFlight.decrementAndGet();
    }

    void mode(Mode newMode, Duration newDelay) {
        delay = newDelay;
        mode = newMode;
    }

    Mode mode() {
        return mode;
    }

    Duration delay() {
        return delay;
    }

    synchronized void failNext(int count, int status) {
        forcedFailures = count;
        forcedStatus = status;
    }

    int maxConcurrent() {
        return maxConcurrent.get();
    }

    int unauthorizedCalls() {
        return unauthorizedCalls.get();
    }

    /** Forgets pending failures and counters; calls still in flight keep their places until they end. */
    synchronized void reset() {
        forcedFailures = 0;
        maxConcurrent.set(0);
        unauthorizedCalls.set(0);
    }

    private synchronized int takeForcedFailure() {
        if (forcedFailures == 0) {
            return 0;
        }
        forcedFailures--;
        return forcedStatus;
    }

    private ErpException refuse(int status, String reason) {
        if (status == 401) {
            unauthorizedCalls.incrementAndGet();
        }
        return new ErpException(status, reason);
    }

    private static String forcedReason(int status) {
        return switch (status) {
            case 401 -> "credenziali non valide";
            case 429 -> "troppe chiamate contemporanee";
            case 500 -> "errore interno";
            case 503 -> "servizio non disponibile";
            default -> "errore simulato " + status;
        };
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            // only closing the simulator interrupts: answer at once and let the stop go on
            Thread.currentThread().interrupt();
        }
    }
}
