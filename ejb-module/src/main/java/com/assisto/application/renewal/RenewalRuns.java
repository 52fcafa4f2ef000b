package com.assisto.application.renewal;

import com.assisto.application.shared.CallerScope;
import com.assisto.application.shared.ServerInstance;
import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RenewalQueries;
import com.assisto.domain.renewal.RenewalResult;
import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.renewal.RenewalRunRepository;
import com.assisto.domain.renewal.RevaluationRecord;
import com.assisto.domain.renewal.RevaluationRecordRepository;
import com.assisto.domain.renewal.RunTrigger;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts renewal runs and answers what they did: the run history, each run's outcomes, the
 * contracts waiting for an index value, a contract's revaluations and its renewal preview.
 */
@Stateless
public class RenewalRuns {

    static final int MAX_CHUNK = 2000;

    @Inject
    private RenewalRunRepository runs;

    @Inject
    private RevaluationRecordRepository revaluations;

    @Inject
    private RenewalQueries queries;

    @EJB
    private RenewalRunner runner;

    @EJB
    private RenewalPreviewer previewer;

    @Inject
    private CallerScope caller;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "assisto.renewal.chunk-size", defaultValue = "200")
    private int defaultChunkSize;

    /** Records a new run; it starts RUNNING, so a stop before it ends leaves it to be resumed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(LocalDate day, RunTrigger trigger, Integer chunkSize, Integer pauseMillis, Long resumes) {
        int size = chunkSize == null ? defaultChunkSize : chunkSize;
        if (size < 1 || size > MAX_CHUNK) {
            throw new ValidationException("chunkSize", "value.between", 1, MAX_CHUNK);
        }
        int pause = pauseMillis == null ? 0 : pauseMillis;
        if (pause < 0 || pause > 60_000) {
            throw new ValidationException("pauseMillis", "value.between", 0, 60_000);
        }
        RenewalRun run = new RenewalRun(
                day, trigger, caller.callerName(), size, pause, resumes, ServerInstance.name(), Instant.now());
        runs.add(run);
        return run.getId();
    }

    /** Starts a run now and returns at once; the run goes on in the background. */
    public long start(LocalDate day, Integer chunkSize, Integer pauseMillis) {
        // through the container, not this: the run must commit before the background thread reads it
        RenewalRuns self = context.getBusinessObject(RenewalRuns.class);
        long id = self.open(day, RunTrigger.MANUAL, chunkSize, pauseMillis, null);
        self.executeLater(id);
        return id;
    }

    @Asynchronous
    public void executeLater(long runId) {
        runner.execute(runId);
    }

    /** Runs to the end before returning: the nightly timer's way. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long runNow(LocalDate day, RunTrigger trigger) {
        long id = context.getBusinessObject(RenewalRuns.class).open(day, trigger, null, null, null);
        runner.execute(id);
        return id;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long runId) {
        run(runId).finish(Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long runId, String message) {
        run(runId).fail(message, Instant.now());
    }

    /**
     * Marks the runs this instance left RUNNING when it stopped as interrupted and returns them: a
     * resuming run takes over each, and finds only the contracts the stop left undone. Runs of
     * other instances of a cluster go on where they are.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<RenewalRun> interruptedHere() {
        String here = ServerInstance.name();
        return runs.runningOn(here).stream()
                .filter(run -> runs.interrupt(run.getId(), here, Instant.now()))
                .toList();
    }

    /**
     * Resumes here a run whose instance is gone, unless another instance took it over first;
     * true when this one did.
     */
    public boolean takeOver(RenewalRun cut) {
        RenewalRuns self = context.getBusinessObject(RenewalRuns.class);
        if (!self.interrupt(cut)) {
            return false;
        }
        resume(cut);
        return true;
    }

    /** Starts, in the background, a run that takes up what an interrupted run left undone. */
    public void resume(RenewalRun cut) {
        RenewalRuns self = context.getBusinessObject(RenewalRuns.class);
        long resumed = self.open(cut.getRunDate(), RunTrigger.RESUMED, cut.getChunkSize(), 0, cut.getId());
        self.executeLater(resumed);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean interrupt(RenewalRun cut) {
        return runs.interrupt(cut.getId(), cut.getRunner(), Instant.now());
    }

    /** Schedules a run for a later moment on a persistent timer: it survives a restart and fires once in a cluster. */
    public void schedule(TimerService timers, LocalDate day, Instant at) {
        if (at.isBefore(Instant.now())) {
            throw new ValidationException("at", "renewal.inThePast", at.toString());
        }
        timers.createSingleActionTimer(
                Date.from(at), new TimerConfig(new ScheduledRun(day, caller.callerName()), true));
    }

    public List<RenewalRun> runs(int limit) {
        return runs.latest(limit);
    }

    public RenewalRun run(long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("RenewalRun", id));
    }

    public List<RenewalOutcome> outcomes(long runId, RenewalResult result, long afterId, int limit) {
        run(runId);
        return runs.outcomesAfter(runId, result, afterId, limit);
    }

    /** How many outcomes a run has, optionally of one result. */
    public long countOutcomes(long runId, RenewalResult result) {
        return runs.countOutcomes(runId, result);
    }

    /** A page of a run's outcomes by position, for the console's pager (the API seeks by id). */
    public List<RenewalOutcome> outcomesPage(long runId, RenewalResult result, int first, int limit) {
        return runs.outcomesPage(runId, result, first, limit);
    }

    /** Running contracts past their end whose last outcome was WAITING: they renew once the index values arrive. */
    public List<RenewalOutcome> waiting() {
        return queries.waiting();
    }

    /** What the runs did with one contract, newest first. */
    public List<RenewalOutcome> outcomesOf(long contractId) {
        return runs.outcomesOf(contractId);
    }

    /** The revaluations applied to a contract (as the term they produced) or to the term before it. */
    public List<RevaluationRecord> revaluations(long contractId) {
        return revaluations.ofContract(contractId);
    }

    public RenewalPreview preview(long contractId) {
        return previewer.preview(contractId);
    }
}
