package com.assisto.domain.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpiryOutlookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final ExpiryOutlook outlook = new ExpiryOutlook(
            TODAY,
            Map.of(
                    LocalDate.of(2026, 12, 3), 2L, // today: day 0
                    LocalDate.of(2027, 1, 1), 1L, // day 29, the last within 30
                    LocalDate.of(2027, 1, 2), 4L, // day 30
                    LocalDate.of(2027, 3, 2), 5L, // day 89, the last within 90
                    LocalDate.of(2027, 3, 3), 7L, // day 90
                    LocalDate.of(2027, 11, 30), 3L));

    @Test
    void eachWindowCountsFromTodayAndIncludesTheShorterOnes() {
        assertEquals(3, outlook.within(30));
        assertEquals(7, outlook.within(60));
        assertEquals(12, outlook.within(90));
    }

    @Test
    void theMonthsStartWithThisOneAndKeepEmptyMonths() {
        List<ExpiryOutlook.Month> months = outlook.months(12);

        assertEquals(12, months.size());
        assertEquals(new ExpiryOutlook.Month(YearMonth.of(2026, 12), 2), months.get(0));
        assertEquals(new ExpiryOutlook.Month(YearMonth.of(2027, 1), 5), months.get(1));
        assertEquals(new ExpiryOutlook.Month(YearMonth.of(2027, 2), 0), months.get(2));
        assertEquals(new ExpiryOutlook.Month(YearMonth.of(2027, 3), 12), months.get(3));
        assertEquals(new ExpiryOutlook.Month(YearMonth.of(2027, 11), 3), months.get(11));
        assertEquals(ExpiryOutlook.lastDayNeeded(TODAY, 12), LocalDate.of(2027, 11, 30));
    }
}
