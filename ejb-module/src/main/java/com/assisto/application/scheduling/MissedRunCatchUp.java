package com.assisto.application.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;

/**
 * At start, makes up the nightly runs the server missed while it was down. A persistent timer
 * fires a missed run only if it existed during the downtime; after a fresh deploy or a redeploy
 * its timers are new and nothing would catch up, leaving past-due contracts running. It starts
 * after the schema, the demo data and the resumption of interrupted renewal runs, on a timer of
 * this instance, so the application answers while the runs go on.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoData", "RenewalTimer", "NightlyTimers"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MissedRunCatchUp {

    private static final long DELAY_MILLIS = 2_000;

    @Resource
    private TimerService timers;

    @EJB
    private NightlyJobs jobs;

    @PostConstruct
    void scheduleCatchUp() {
        // not persistent: every instance checks at its own start, and the run log lets one run a day's job
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("catch up missed nightly runs", false));
    }

    @Timeout
    void catchUp() {
        jobs.catchUp(LocalDateTime.now());
    }
}
