package com.assisto.domain.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An index revaluation in words (C6), for the price explanation and the revaluation record, in the
 * reader's language; the figures are DOMAIN.md's FOI values.
 */
class IndexAdjustmentTest {

    private static PriceIndex foi(String october2023, String october2024) {
        PriceIndex index = new PriceIndex("FOI", "FOI senza tabacchi", 1);
        index.defineBases(List.of(new IndexBase("2015=100", YearMonth.of(2016, 1), null)));
        index.record(YearMonth.of(2022, 10), new BigDecimal("117.2"), false);
        index.record(YearMonth.of(2023, 10), new BigDecimal(october2023), false);
        index.record(YearMonth.of(2024, 10), new BigDecimal(october2024), false);
        return index;
    }

    private static Message described(PriceIndex index, int fromYear, String share, boolean decreases, String floor) {
        IndexVariation variation = index.variation(YearMonth.of(fromYear, 10), YearMonth.of(fromYear + 1, 10))
                .orElseThrow();
        return IndexAdjustment.of(
                        variation, new BigDecimal(share), decreases, floor == null ? null : new BigDecimal(floor))
                .describe();
    }

    @Test
    void theShareOfTheVariationReadsInBothLanguages() {
        Message text = described(foi("119.2", "120.1"), 2022, "75", false, null);

        assertEquals("FOI 2022-10 117.2 → 2023-10 119.2 = +1.7 % × 75 % → +1.275 %", text.toString());
        assertEquals("FOI 10/2022 117,2 → 10/2023 119,2 = +1,7 % × 75 % → +1,275 %", text.text(Locale.ITALIAN));
        assertEquals(
                "FOI 2023-10 119.2 → 2024-10 120.1 = +0.8 % → +0.8 %",
                described(foi("119.2", "120.1"), 2023, "100", false, null).toString());
    }

    @Test
    void aDecreaseNotPassedOnAndAFloorAreSaid() {
        assertEquals(
                "FOI 10/2023 120,1 → 10/2024 119,2 = -0,7 %, diminuzione non applicata → +0 %",
                described(foi("120.1", "119.2"), 2023, "100", false, null).text(Locale.ITALIAN));
        assertEquals(
                "FOI 2023-10 119.2 → 2024-10 120.1 = +0.8 % × 75 %, floor +1 % → +1 %",
                described(foi("119.2", "120.1"), 2023, "75", false, "1").toString());
        assertEquals(
                "FOI 10/2023 119,2 → 10/2024 120,1 = +0,8 % × 75 %, aumento minimo +1 % → +1 %",
                described(foi("119.2", "120.1"), 2023, "75", false, "1").text(Locale.ITALIAN));
    }

    @Test
    void aLinkingCoefficientAcrossBasesIsShown() {
        IndexVariation variation = new IndexVariation(
                "FOI",
                YearMonth.of(2015, 12),
                new BigDecimal("107.0"),
                YearMonth.of(2016, 12),
                new BigDecimal("100.3"),
                new BigDecimal("1.071"),
                new BigDecimal("0.4"));

        Message text = IndexAdjustment.of(variation, new BigDecimal("100"), false, null)
                .describe();

        assertEquals("FOI 2015-12 107.0 → 2016-12 100.3 × 1.071 = +0.4 % → +0.4 %", text.toString());
        assertEquals("FOI 12/2015 107,0 → 12/2016 100,3 × 1,071 = +0,4 % → +0,4 %", text.text(Locale.ITALIAN));
    }

    @Test
    void anUnroundedVariationKeepsAllItsDecimalsAsComputed() {
        PriceIndex cpi = new PriceIndex("CPI-U", "US CPI-U, not seasonally adjusted", null);
        cpi.defineBases(List.of(new IndexBase("1982-84=100", YearMonth.of(1984, 1), null)));
        cpi.record(YearMonth.of(2023, 12), new BigDecimal("306.746"), false);
        cpi.record(YearMonth.of(2024, 12), new BigDecimal("315.605"), false);
        IndexVariation variation =
                cpi.variation(YearMonth.of(2023, 12), YearMonth.of(2024, 12)).orElseThrow();

        Message text = IndexAdjustment.of(variation, new BigDecimal("100"), false, null)
                .describe();

        String percent = "+" + variation.percent().stripTrailingZeros().toPlainString();
        assertEquals(
                "CPI-U 2023-12 306.746 → 2024-12 315.605 = " + percent + " % → " + percent + " %", text.toString());
    }
}
