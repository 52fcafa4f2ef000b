package com.assisto.domain.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A job that runs once a day at a fixed time (the nightly renewal, billing and warning runs), and
 * whether a server starting now has missed it: a persistent timer makes up a missed firing only
 * if it existed while the server was down, so after a fresh deploy or a redeploy the application
 * asks this instead.
 */
public record DailySchedule(LocalTime at) {

    public DailySchedule {
        Objects.requireNonNull(at, "The time of day is required.");
    }

    /** The day of the latest firing at or before {@code now}: today once the hour has passed, else yesterday. */
    public LocalDate lastDueDay(LocalDateTime now) {
        return now.toLocalTime().isBefore(at) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
    }

    /** Whether the last day the job ran for (null: never) is before the day of its latest firing. */
    public boolean missed(LocalDate lastRun, LocalDateTime now) {
        return lastRun == null || lastRun.isBefore(lastDueDay(now));
    }
}
