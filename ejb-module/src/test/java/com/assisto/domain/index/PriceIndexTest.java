package com.assisto.domain.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's worked revaluation examples, on ISTAT FOI, US CPI-U and Syntec. */
class PriceIndexTest {

    static PriceIndex foi() {
        PriceIndex foi = new PriceIndex("FOI", "ISTAT FOI senza tabacchi", 1);
        foi.defineBases(List.of(
                new IndexBase("2010=100", YearMonth.of(2011, 1), null),
                new IndexBase("2015=100", YearMonth.of(2016, 1), new BigDecimal("1.071"))));
        record(foi, 2022, 8, "113.2");
        record(foi, 2022, 10, "117.2");
        record(foi, 2023, 10, "119.2");
        record(foi, 2024, 8, "120.1");
        record(foi, 2024, 10, "120.1");
        return foi;
    }

    private static void record(PriceIndex index, int year, int month, String value) {
        index.record(YearMonth.of(year, month), new BigDecimal(value), false);
    }

    private static IndexAdjustment adjustment(
            PriceIndex index, YearMonth from, YearMonth to, String share, boolean decreases, String floor) {
        IndexVariation variation = index.variation(from, to).orElseThrow();
        return IndexAdjustment.of(
                variation, new BigDecimal(share), decreases, floor == null ? null : new BigDecimal(floor));
    }

    @Test
    void foiOctober2023ToOctober2024At75PercentRaises1200To1207_20() {
        IndexAdjustment adjustment =
                adjustment(foi(), YearMonth.of(2023, 10), YearMonth.of(2024, 10), "75", false, null);

        assertEquals(new BigDecimal("0.8"), adjustment.variation().percent());
        assertEquals(0, new BigDecimal("0.6").compareTo(adjustment.appliedPercent()));
        assertEquals(new BigDecimal("1207.20"), adjustment.apply(new BigDecimal("1200.00")));
    }

    @Test
    void theShareAppliesToTheRoundedVariationWithoutRoundingAgain() {
        IndexAdjustment adjustment =
                adjustment(foi(), YearMonth.of(2022, 10), YearMonth.of(2023, 10), "75", false, null);

        assertEquals(new BigDecimal("1.7"), adjustment.variation().percent());
        assertEquals(0, new BigDecimal("1.275").compareTo(adjustment.appliedPercent()));
        assertEquals(new BigDecimal("1012.75"), adjustment.apply(new BigDecimal("1000.00")));
    }

    @Test
    void twoYearVariationAugust2022ToAugust2024() {
        assertEquals(
                new BigDecimal("6.1"),
                foi().variation(YearMonth.of(2022, 8), YearMonth.of(2024, 8))
                        .orElseThrow()
                        .percent());
    }

    @Test
    void usCpiUIsUsedUnrounded() {
        PriceIndex cpi = new PriceIndex("CPI-U", "US CPI-U, not seasonally adjusted", null);
        cpi.defineBases(List.of(new IndexBase("1982-84=100", YearMonth.of(1984, 1), null)));
        record(cpi, 2023, 12, "306.746");
        record(cpi, 2024, 12, "315.605");

        IndexAdjustment adjustment =
                adjustment(cpi, YearMonth.of(2023, 12), YearMonth.of(2024, 12), "100", false, null);

        assertEquals(new BigDecimal("10288.81"), adjustment.apply(new BigDecimal("10000.00")));
    }

    @Test
    void syntecFollowsP1EqualsP0TimesS1OverS0AndItsProcurementVariantKeeps15PercentFixed() {
        PriceIndex syntec = new PriceIndex("SYNTEC", "Syntec", null);
        syntec.defineBases(List.of(new IndexBase("Syntec", YearMonth.of(2000, 1), null)));
        record(syntec, 2023, 9, "306.0");
        record(syntec, 2024, 9, "314.5");

        assertEquals(
                new BigDecimal("1027.78"),
                adjustment(syntec, YearMonth.of(2023, 9), YearMonth.of(2024, 9), "100", false, null)
                        .apply(new BigDecimal("1000.00")));
        // Cn = 0.15 + 0.85 × S1/S0: 85 % of the variation
        assertEquals(
                new BigDecimal("1023.61"),
                adjustment(syntec, YearMonth.of(2023, 9), YearMonth.of(2024, 9), "85", false, null)
                        .apply(new BigDecimal("1000.00")));
    }

    @Test
    void aVariationAcrossABaseChangeCarriesTheLaterValueByTheLinkingCoefficient() {
        PriceIndex foi = foi();
        record(foi, 2015, 10, "100.0");
        record(foi, 2016, 10, "100.0");

        IndexVariation variation =
                foi.variation(YearMonth.of(2015, 10), YearMonth.of(2016, 10)).orElseThrow();

        // 100.0 × 1.071 / 100.0 × 100 − 100
        assertEquals(new BigDecimal("1.071"), variation.coefficient());
        assertEquals(new BigDecimal("7.1"), variation.percent());
        assertEquals("2015=100", foi.baseOf(YearMonth.of(2016, 10)).getLabel());
    }

    @Test
    void decreasesAreNotPassedOnUnlessTheContractSaysSoAndAFloorHolds() {
        PriceIndex foi = foi();
        record(foi, 2025, 10, "119.5");
        YearMonth from = YearMonth.of(2024, 10);
        YearMonth to = YearMonth.of(2025, 10);

        assertEquals(
                new BigDecimal("1000.00"),
                adjustment(foi, from, to, "100", false, null).apply(new BigDecimal("1000.00")));
        assertEquals(
                new BigDecimal("995.00"),
                adjustment(foi, from, to, "100", true, null).apply(new BigDecimal("1000.00")));
        assertEquals(
                new BigDecimal("1050.00"),
                adjustment(foi, from, to, "100", false, "5").apply(new BigDecimal("1000.00")));
    }

    @Test
    void aMissingMonthGivesNoVariationRatherThanAGuess() {
        assertTrue(
                foi().variation(YearMonth.of(2024, 10), YearMonth.of(2025, 10)).isEmpty());
    }

    @Test
    void aProvisionalValueIsCorrectedInPlace() {
        PriceIndex foi = foi();
        foi.record(YearMonth.of(2024, 10), new BigDecimal("120.3"), true);
        assertTrue(foi.entry(YearMonth.of(2024, 10)).orElseThrow().isProvisional());

        foi.record(YearMonth.of(2024, 10), new BigDecimal("120.1"), false);

        assertEquals(
                new BigDecimal("120.1"),
                foi.entry(YearMonth.of(2024, 10)).orElseThrow().getValue());
        assertEquals(5, foi.getValues().size());
    }

    @Test
    void badValuesAndBasesAreRefusedNamingTheField() {
        PriceIndex foi = foi();
        ValidationException negative = assertThrows(
                ValidationException.class, () -> foi.record(YearMonth.of(2024, 11), new BigDecimal("-1"), false));
        assertEquals("value", negative.getErrors().get(0).field());
        ValidationException beforeBase =
                assertThrows(ValidationException.class, () -> foi.record(YearMonth.of(2009, 1), BigDecimal.TEN, false));
        assertEquals("month", beforeBase.getErrors().get(0).field());
        assertEquals(
                "2009-01 è precedente alla prima base di FOI (2011-01)",
                beforeBase.getErrors().get(0).problem().text(Locale.ITALIAN));
        ValidationException noCoefficient = assertThrows(
                ValidationException.class,
                () -> foi.defineBases(List.of(
                        new IndexBase("2010=100", YearMonth.of(2011, 1), null),
                        new IndexBase("2015=100", YearMonth.of(2016, 1), null))));
        assertEquals(
                "bases[1].linkCoefficient", noCoefficient.getErrors().get(0).field());
        assertEquals(
                "base 2015=100 needs a positive coefficient to base 2010=100",
                noCoefficient.getErrors().get(0).message());
    }
}
