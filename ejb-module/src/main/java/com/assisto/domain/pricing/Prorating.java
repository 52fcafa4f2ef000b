package com.assisto.domain.pricing;

import com.assisto.domain.shared.DateRange;
import com.assisto.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * The share of a period's value that falls on the days left in it (C5): actual calendar days
 * remaining, the change day included, over the actual days in the period. A line added on 15
 * April to a 1 Jan – 31 Dec period is charged 261/365 of its yearly value.
 */
public record Prorating(
        LocalDate changeDate,
        DateRange period,
        long remainingDays,
        long periodDays,
        BigDecimal fullValue,
        BigDecimal amount) {

    public static Prorating of(BigDecimal fullValue, DateRange period, LocalDate changeDate) {
        long remaining = period.daysFrom(changeDate);
        long days = period.days();
        BigDecimal amount = fullValue
                .multiply(BigDecimal.valueOf(remaining))
                .divide(BigDecimal.valueOf(days), MathContext.DECIMAL128);
        return new Prorating(changeDate, period, remaining, days, Money.of(fullValue), Money.of(amount));
    }
}
