package com.assisto.application.renewal;

import com.assisto.domain.renewal.RenewalRun;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries a run through its chunks, one run at a time on this server. It holds no transaction
 * itself: each chunk commits on its own, so the run can take as long as the contracts need.
 * A chunk that fails as a whole (a conflict with a concurrent edit, say) is retried contract
 * by contract, and only the contract at fault is recorded as failed.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(value = 6, unit = TimeUnit.HOURS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalRunner {

    private static final Logger LOG = Logger.getLogger(RenewalRunner.class.getName());

    @EJB
    private RenewalChunk chunks;
    @EJB
    private RenewalRuns runs;

    public void execute(long runId) {
        RenewalRun run = chunks.run(runId);
        LOG.info(() -> "Renewal run " + runId + " (" + run.getTrigger() + " by " + run.getRequestedBy()
                + ") for contracts ended before " + run.getRunDate());
        try {
            // anniversaries first: a term that also ends renews from the prices they reached
            inChunks(run, chunks::anniversariesAfter, chunks::revalue);
            inChunks(run, chunks::dueAfter, chunks::process);
            runs.finish(runId);
            RenewalRun done = chunks.run(runId);
            LOG.info(() -> "Renewal run " + runId + " done: " + done.getRenewed() + " renewed, " + done.getConverted()
                    + " converted, " + done.getExpired() + " expired, " + done.getRevalued() + " revalued at an"
                    + " anniversary, " + done.getWaiting() + " waiting, " + done.getFailed() + " failed");
        } catch (RuntimeException broken) {
            LOG.log(Level.SEVERE, "Renewal run " + runId + " failed", broken);
            runs.fail(runId, String.valueOf(broken.getMessage()));
        }
    }

    /** Finds the next contracts after a cursor: (date, id) rows in the order the cursor follows. */
    @FunctionalInterface
    private interface Finder {
        List<Object[]> after(LocalDate day, RenewalChunk.Cursor cursor, int size);
    }

    /** Deals with some contracts in a transaction of its own. */
    @FunctionalInterface
    private interface Step {
        void apply(long runId, LocalDate day, List<Long> ids, String actor);
    }

    /** Seeks through the contracts the finder gives, a chunk at a time, each chunk in its own transaction. */
    private void inChunks(RenewalRun run, Finder finder, Step step) {
        RenewalChunk.Cursor cursor = RenewalChunk.Cursor.START;
        while (true) {
            List<Object[]> due = finder.after(run.getRunDate(), cursor, run.getChunkSize());
            if (due.isEmpty()) {
                return;
            }
            processChunk(run, due.stream().map(row -> (Long) row[1]).toList(), step);
            Object[] last = due.get(due.size() - 1);
            cursor = new RenewalChunk.Cursor((LocalDate) last[0], (Long) last[1]);
            pause(run.getPauseMillis());
        }
    }

    private void processChunk(RenewalRun run, List<Long> ids, Step step) {
        try {
            step.apply(run.getId(), run.getRunDate(), ids, run.getRequestedBy());
        } catch (EJBException chunkFailed) {
            LOG.log(Level.WARNING, "Renewal run " + run.getId() + ": a chunk of " + ids.size()
                    + " contracts failed as a whole; retrying them one by one", chunkFailed);
            for (Long id : ids) {
                try {
                    step.apply(run.getId(), run.getRunDate(), List.of(id), run.getRequestedBy());
                } catch (EJBException contractFailed) {
                    chunks.recordFailure(run.getId(), id, rootMessage(contractFailed));
                }
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static void pause(int millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Renewal run interrupted", e);
        }
    }
}
