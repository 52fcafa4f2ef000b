package com.assisto.domain.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A span of calendar days, both ends included, as contracts and billing periods count them. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "Start date is required.");
        Objects.requireNonNull(to, "End date is required.");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Range ends on " + to + " before it starts on " + from);
        }
    }

    /** The months starting on a date: 1 Jan plus 12 months ends on 31 Dec. */
    public static DateRange ofMonths(LocalDate from, int months) {
        return new DateRange(from, from.plusMonths(months).minusDays(1));
    }

    /** Calendar days in the range, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Calendar days from the given day to the end, both included. */
    public long daysFrom(LocalDate day) {
        if (!contains(day)) {
            throw new IllegalArgumentException(day + " is outside " + this);
        }
        return ChronoUnit.DAYS.between(day, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
