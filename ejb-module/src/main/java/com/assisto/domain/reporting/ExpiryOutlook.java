package com.assisto.domain.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The running contracts that end in the coming months, from their count per end date: how many
 * within 30, 60 and 90 days (each including the shorter) and how many in each of the next months.
 */
public final class ExpiryOutlook {

    /** Contracts ending in one calendar month. */
    public record Month(YearMonth month, long contracts) {}

    private final LocalDate today;
    private final Map<LocalDate, Long> endingPerDay;

    /**
     * @param today        the first day counted
     * @param endingPerDay the running contracts ending on each day from today on
     */
    public ExpiryOutlook(LocalDate today, Map<LocalDate, Long> endingPerDay) {
        this.today = Objects.requireNonNull(today);
        this.endingPerDay = Map.copyOf(endingPerDay);
    }

    /** The last day a {@code months}-month outlook starting today needs counts for. */
    public static LocalDate lastDayNeeded(LocalDate today, int months) {
        return YearMonth.from(today).plusMonths(months - 1L).atEndOfMonth();
    }

    /** Ending from today to today + days - 1: within 30 days means today and the 29 after it. */
    public long within(int days) {
        return endingPerDay.entrySet().stream()
                .filter(day -> !day.getKey().isBefore(today) && ChronoUnit.DAYS.between(today, day.getKey()) < days)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** The months from this one on, each with the contracts ending in it (from today in this one). */
    public List<Month> months(int count) {
        List<Month> months = new ArrayList<>();
        YearMonth first = YearMonth.from(today);
        for (int index = 0; index < count; index++) {
            YearMonth month = first.plusMonths(index);
            long contracts = endingPerDay.entrySet().stream()
                    .filter(day -> YearMonth.from(day.getKey()).equals(month)
                            && !day.getKey().isBefore(today))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            months.add(new Month(month, contracts));
        }
        return months;
    }
}
