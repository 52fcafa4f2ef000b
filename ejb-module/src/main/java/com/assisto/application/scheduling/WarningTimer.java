package com.assisto.application.scheduling;

import com.assisto.application.warning.WarningRun;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;

/** Sends the day's expiry and administrative warnings every morning, before the office opens. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarningTimer {

    @EJB
    private WarningRun warnings;

    @Schedule(hour = "6", minute = "0", persistent = true, info = "morning warning run")
    void morning() {
        warnings.run(LocalDate.now());
    }
}
