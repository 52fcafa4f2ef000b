package com.assisto.application.scheduling;

import com.assisto.application.billing.BillingService;
import com.assisto.application.renewal.RenewalRuns;
import com.assisto.application.warning.WarningRun;
import com.assisto.domain.renewal.RunTrigger;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a nightly job for a day once, whoever asks: its timer, or a starting server catching up
 * on a run it missed. Each job catches up all past-due work in one run for a day (renewals take
 * every contract ended before it, billing every instalment due up to it, warnings every
 * threshold reached and not yet sent), so days missed are made up by one run for today.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyJobs {

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

    @EJB
    private JobRunLog log;

    @EJB
    private RenewalRuns renewals;

    @EJB
    private BillingService billing;

    @EJB
    private WarningRun warnings;

    /** Runs the job for the day unless it already ran (or is running) for it, here or on another instance. */
    public void run(NightlyJob job, LocalDate day, RunTrigger trigger) {
        if (!claim(job, day, trigger)) {
            LOG.info(() -> "The " + job + " run for " + day + " was already made; " + trigger + " skips it");
            return;
        }
        switch (job) {
            case RENEWAL -> renewals.runNow(day, trigger);
            case BILLING -> billing.run(day);
            case WARNINGS -> warnings.run(day);
        }
        log.finished(job, day);
    }

    /** Runs, in the night's order, each job whose latest firing passed without a run. */
    public void catchUp(LocalDateTime now) {
        for (NightlyJob job : NightlyJob.values()) {
            LocalDate last = log.lastRun(job);
            if (job.schedule().missed(last, now)) {
                LOG.warning(() -> "The " + job + " run of " + job.schedule().lastDueDay(now) + " was missed (last run "
                        + (last == null ? "never" : last) + "); running it now for " + now.toLocalDate());
                try {
                    run(job, now.toLocalDate(), RunTrigger.CATCH_UP);
                } catch (EJBException failed) {
                    LOG.log(
                            Level.SEVERE,
                            "Catching up the " + job + " run failed; the next night's run makes it up",
                            failed);
                }
            }
        }
    }

    private boolean claim(NightlyJob job, LocalDate day, RunTrigger trigger) {
        try {
            return log.claim(job, day, trigger);
        } catch (EJBException claimedElsewhere) {
            LOG.info(() -> "The " + job + " run for " + day + " was claimed by another instance at the same moment");
            return false;
        }
    }
}
