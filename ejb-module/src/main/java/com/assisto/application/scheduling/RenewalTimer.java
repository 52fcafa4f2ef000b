package com.assisto.application.scheduling;

import com.assisto.application.renewal.RenewalRuns;
import com.assisto.application.renewal.ScheduledRun;
import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.renewal.RunTrigger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Runs the renewal runs users schedule (C9), on persistent timers that fire once across a cluster
 * sharing the timer database, and at start-up resumes the runs a stop of this instance cut off.
 * The nightly run has its timer in {@link NightlyTimers}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalTimer {

    private static final Logger LOG = Logger.getLogger(RenewalTimer.class.getName());

    @EJB
    private RenewalRuns runs;

    @Resource
    private TimerService timers;

    @PostConstruct
    void resumeInterrupted() {
        for (RenewalRun cut : runs.interruptedHere()) {
            LOG.warning(() ->
                    "Renewal run " + cut.getId() + " for " + cut.getRunDate() + " was cut off by a stop; resuming it");
            runs.resume(cut);
        }
    }

    /** Lets a user schedule a run on this bean's persistent timers. */
    public void schedule(LocalDate day, Instant at) {
        runs.schedule(timers, day, at);
    }

    @Timeout
    void scheduled(Timer timer) {
        if (timer.getInfo() instanceof ScheduledRun run) {
            LOG.info(() -> "Scheduled renewal run for " + run.day() + " requested by " + run.requestedBy());
            runs.runNow(run.day(), RunTrigger.SCHEDULED);
        }
    }
}
