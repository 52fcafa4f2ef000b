package com.assisto.application.scheduling;

import com.assisto.domain.renewal.RunTrigger;
import com.assisto.domain.scheduling.JobRunRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record of the days each nightly job ran for. A run claims its day by inserting the row,
 * in a transaction of its own, before doing anything: the primary key (job, day) lets only one
 * claim per day commit, whichever instance or trigger makes it.
 */
@Stateless
public class JobRunLog {

    @Inject
    private JobRunRepository runs;

    /** The last day the job ran for, or null if it never did. */
    public LocalDate lastRun(NightlyJob job) {
        return runs.lastRun(job.name());
    }

    /**
     * Claims the day for the job; false if it was claimed before. A claim made at the same moment
     * elsewhere makes the insert fail on the key, and the caller's transaction with it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(NightlyJob job, LocalDate day, RunTrigger trigger) {
        if (runs.claimed(job.name(), day)) {
            return false;
        }
        runs.claim(job.name(), day, trigger.name(), Instant.now());
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(NightlyJob job, LocalDate day) {
        runs.finished(job.name(), day, Instant.now());
    }
}
