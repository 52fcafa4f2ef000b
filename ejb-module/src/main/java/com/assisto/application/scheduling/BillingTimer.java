package com.assisto.application.scheduling;

import com.assisto.domain.renewal.RunTrigger;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;

/**
 * Runs the billing run every night. The timer is persistent: it fires once across a cluster
 * sharing the database; a run missed while the server was down is made up at start by
 * {@link MissedRunCatchUp}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingTimer {

    @EJB
    private NightlyJobs jobs;

    /** At {@link NightlyJob#BILLING}'s hour. */
    @Schedule(hour = "1", minute = "15", persistent = true, info = "nightly billing run")
    void nightly() {
        jobs.run(NightlyJob.BILLING, LocalDate.now(), RunTrigger.NIGHTLY);
    }
}
