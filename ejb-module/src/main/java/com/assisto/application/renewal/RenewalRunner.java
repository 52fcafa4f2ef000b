package com.assisto.application.renewal;

import com.assisto.application.shared.OperationsMetrics;
import com.assisto.domain.renewal.RenewalCursor;
import com.assisto.domain.renewal.RenewalRun;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private OperationsMetrics metrics;

    @Inject
    private RunsInProgress inProgress;

    @EJB
    private RenewalRunWatch watch;

    /** Chunks renewed side by side: the run waits on the database and on itself by turns. */
    @Inject
    @ConfigProperty(name = "assisto.renewal.parallel-chunks", defaultValue = "2")
    private int parallelChunks;

    /**
     * Set when the application stops (a redeployment, a server stop): the run stops between chunks
     * and stays RUNNING, to be resumed by this server's next start or, through its watch, by
     * another instance of the cluster; it is not a failure.
     */
    private volatile boolean stopping;

    @PreDestroy
    void stop() {
        stopping = true;
    }

    public void execute(long runId) {
        inProgress.started(runId);
        watch.watch(runId);
        try {
            carry(runId);
            watch.unwatch(runId);
        } catch (RunCutOff cut) {
            LOG.warning(() -> "Renewal run " + runId + " stops with the application; it is resumed at the next start"
                    + " or by another instance of the cluster");
        } finally {
            inProgress.ended(runId);
        }
    }

    /** The application is stopping under a run. */
    private static final class RunCutOff extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunCutOff() {
            super("the application is stopping", null, false, false);
        }
    }

    private void carry(long runId) {
        RenewalRun run = chunks.run(runId);
        LOG.info(() -> "Renewal run " + runId + " (" + run.getTrigger() + " by " + run.getRequestedBy()
                + ") for contracts ended before " + run.getRunDate());
        try {
            // anniversaries first: a term that also ends renews from the prices they reached. One chunk
            // after another: a contract behind on two anniversaries gets both, in order, in this run.
            inChunks(run, chunks::anniversariesAfter, chunks::revalue, 1);
            inChunks(run, chunks::dueAfter, chunks::process, parallelChunks);
            // Chunks side by side may not see each other's successors in time; one that is itself
            // due (a run catching up on years) is renewed now, as a single line of chunks would have.
            while (inChunks(
                            run,
                            (day, cursor, size) -> chunks.dueSuccessorsAfter(runId, day, cursor, size),
                            chunks::process,
                            parallelChunks)
                    > 0) {
                LOG.fine(() -> "Renewal run " + runId + ": renewed successors that were due themselves");
            }
            runs.finish(runId);
            RenewalRun done = chunks.run(runId);
            metrics.renewalFinished(done);
            LOG.info(() -> "Renewal run " + runId + " done: " + done.getRenewed() + " renewed, " + done.getConverted()
                    + " converted, " + done.getExpired() + " expired, " + done.getRevalued() + " revalued (at"
                    + " renewal or an anniversary), " + done.getWaiting() + " waiting, " + done.getFailed()
                    + " failed");
        } catch (RuntimeException broken) {
            if (stopping) {
                throw new RunCutOff();
            }
            LOG.log(Level.SEVERE, "Renewal run " + runId + " failed", broken);
            runs.fail(runId, String.valueOf(broken.getMessage()));
            metrics.renewalFailed(run);
        }
    }

    /** Finds the next contracts after a cursor, each at its position in the order the cursor follows. */
    @FunctionalInterface
    private interface Finder {
        List<RenewalCursor> after(LocalDate day, RenewalCursor cursor, int size);
    }

    /** Deals with some contracts in a transaction of its own. */
    @FunctionalInterface
    private interface Step {
        void apply(long runId, LocalDate day, List<Long> ids, String actor);
    }

    /**
     * Seeks through the contracts the finder gives, a chunk at a time, each chunk in its own
     * transaction, up to {@code parallel} chunks at once on the managed executor; returns how
     * many contracts it handed on. The chunks are disjoint: the cursor only moves forward.
     */
    private int inChunks(RenewalRun run, Finder finder, Step step, int parallel) {
        RenewalCursor cursor = RenewalCursor.START;
        Deque<Future<?>> running = new ArrayDeque<>();
        int handed = 0;
        try {
            while (true) {
                if (stopping) {
                    throw new RunCutOff();
                }
                List<RenewalCursor> due = finder.after(run.getRunDate(), cursor, run.getChunkSize());
                if (due.isEmpty()) {
                    return handed;
                }
                List<Long> ids = due.stream().map(RenewalCursor::id).toList();
                while (running.size() >= parallel) {
                    awaitOldest(running);
                }
                running.add(
                        parallel == 1
                                ? CompletableFuture.completedFuture(processChunk(run, ids, step))
                                : executor.submit(() -> processChunk(run, ids, step)));
                handed += ids.size();
                cursor = due.get(due.size() - 1);
                pause(run.getPauseMillis());
            }
        } finally {
            while (!running.isEmpty()) {
                awaitOldest(running);
            }
        }
    }

    private static void awaitOldest(Deque<Future<?>> running) {
        try {
            running.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Renewal run interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    private Void processChunk(RenewalRun run, List<Long> ids, Step step) {
        try {
            step.apply(run.getId(), run.getRunDate(), ids, run.getRequestedBy());
        } catch (EJBException chunkFailed) {
            if (stopping) {
                throw new RunCutOff();
            }
            LOG.log(
                    Level.WARNING,
                    "Renewal run " + run.getId() + ": a chunk of " + ids.size()
                            + " contracts failed as a whole; retrying them one by one",
                    chunkFailed);
            for (Long id : ids) {
                try {
                    step.apply(run.getId(), run.getRunDate(), List.of(id), run.getRequestedBy());
                } catch (EJBException contractFailed) {
                    chunks.recordFailure(run.getId(), id, rootMessage(contractFailed));
                }
            }
        }
        return null;
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
