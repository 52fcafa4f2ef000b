package com.assisto.application.scheduling;

import com.assisto.domain.shared.DailySchedule;
import java.time.LocalTime;

/**
 * The nightly jobs in the order a night runs them (renewals before billing, so a renewed term's
 * first instalment is billed the same night), each at its hour (its timer: {@link NightlyTimers}).
 */
public enum NightlyJob {
    RENEWAL(LocalTime.of(0, 30)),
    BILLING(LocalTime.of(1, 15)),
    WARNINGS(LocalTime.of(6, 0));

    private final DailySchedule schedule;

    NightlyJob(LocalTime at) {
        this.schedule = new DailySchedule(at);
    }

    public DailySchedule schedule() {
        return schedule;
    }
}
