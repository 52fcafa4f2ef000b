package com.assisto.application.scheduling;

import com.assisto.application.BillingService;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;

/**
 * Runs the billing run every night. The timer is persistent: it fires once across a cluster
 * sharing the database, and a run missed while the server was down is made up at start.
 */
@Singleton
public class BillingTimer {

    @EJB
    private BillingService billing;

    @Schedule(hour = "1", minute = "15", persistent = true, info = "nightly billing run")
    void nightly() {
        billing.run(LocalDate.now());
    }
}
