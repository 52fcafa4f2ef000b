package com.assisto.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** When a starting server has missed a nightly run. */
class DailyScheduleTest {

    private final DailySchedule renewals = new DailySchedule(LocalTime.of(0, 30));
    private final LocalDate today = LocalDate.of(2026, 12, 2);

    @Test
    void afterTheHourWithoutARunForTodayTheRunIsMissed() {
        LocalDateTime afternoon = today.atTime(14, 23);

        assertEquals(today, renewals.lastDueDay(afternoon));
        assertTrue(renewals.missed(today.minusDays(1), afternoon));
        assertTrue(renewals.missed(today.minusDays(40), afternoon), "days missed are one run");
        assertTrue(renewals.missed(null, afternoon), "never run: a fresh install");
        assertFalse(renewals.missed(today, afternoon), "already run today");
    }

    @Test
    void beforeTheHourOnlyYesterdaysRunCanBeMissed() {
        LocalDateTime justAfterMidnight = today.atTime(0, 10);

        assertEquals(today.minusDays(1), renewals.lastDueDay(justAfterMidnight));
        assertFalse(renewals.missed(today.minusDays(1), justAfterMidnight), "tonight's timer is still to come");
        assertTrue(renewals.missed(today.minusDays(2), justAfterMidnight));
        assertFalse(renewals.missed(today, today.atTime(0, 30)), "the hour itself counts as passed");
        assertTrue(renewals.missed(today.minusDays(1), today.atTime(0, 30)));
    }
}
