package com.assisto.application.scheduling;

import com.assisto.domain.renewal.RunTrigger;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;

/**
 * Sends the day's expiry and administrative warnings every morning, before the office opens; a
 * morning missed while the server was down is made up at start by {@link MissedRunCatchUp}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarningTimer {

    @EJB
    private NightlyJobs jobs;

    /** At {@link NightlyJob#WARNINGS}'s hour. */
    @Schedule(hour = "6", minute = "0", persistent = true, info = "morning warning run")
    void morning() {
        jobs.run(NightlyJob.WARNINGS, LocalDate.now(), RunTrigger.NIGHTLY);
    }
}
