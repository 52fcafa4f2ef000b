package com.assisto.application.renewal;

import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.renewal.RunStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a renewal run over to another instance of a cluster when the instance carrying it dies.
 * Each run has a persistent interval timer made by the instance that carries it, so owned by it.
 * The timer service fires a persistent timer on its owner only, and when an instance leaves the
 * cluster it moves that instance's timers to a live one (config/README.md, "Cluster"). So a watch
 * that fires where its run is not going on means the run's instance is gone: this instance marks
 * the run interrupted and resumes it, as a restarted server does with its own runs. No lock of our
 * own is involved: the timer service decides where a watch fires, and the run's status changes
 * from RUNNING once, for the one instance whose update finds it so.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalRunWatch {

    private static final Logger LOG = Logger.getLogger(RenewalRunWatch.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private RunsInProgress inProgress;

    @EJB
    private RenewalRuns runs;

    /** How often a watch looks: the longest a dead instance's run waits before another resumes it, beyond the grid's own detection. */
    @Inject
    @ConfigProperty(name = "assisto.renewal.watch-seconds", defaultValue = "30")
    private int watchSeconds;

    public void watch(long runId) {
        long every = watchSeconds * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig(new RunWatch(runId), true));
    }

    public void unwatch(long runId) {
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof RunWatch watch && watch.runId() == runId) {
                timer.cancel();
            }
        }
    }

    @Timeout
    void check(Timer timer) {
        if (!(timer.getInfo() instanceof RunWatch watch) || inProgress.here(watch.runId())) {
            return;
        }
        RenewalRun run = runs.run(watch.runId());
        if (run.getStatus() == RunStatus.RUNNING) {
            LOG.warning(() -> "Renewal run " + run.getId() + " is no longer carried by instance " + run.getRunner()
                    + "; taking it over");
            runs.takeOver(run);
        }
        timer.cancel();
    }
}
