package com.assisto.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.IndexBase;
import com.assisto.domain.index.PriceIndex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An index clause over the term (C6): a two-year contract from 1 Sep 2022 with the reference
 * month one before is not revalued at its first anniversary; at renewal on 1 Sep 2024 it moves by
 * DOMAIN.md's biennial FOI variation Aug 2022 113.2 → Aug 2024 120.1 = +6.1 %.
 */
class RevaluationIntervalTest {

    private static final LocalDate START = LocalDate.of(2022, 9, 1);
    private static final LocalDate RENEWAL = LocalDate.of(2024, 9, 1);

    private final PriceIndex foi = foi();

    private static PriceIndex foi() {
        PriceIndex index = new PriceIndex("FOI", "FOI senza tabacchi", 1);
        index.defineBases(List.of(new IndexBase("2015=100", YearMonth.of(2016, 1), null)));
        index.record(YearMonth.of(2022, 8), new BigDecimal("113.2"), false);
        index.record(YearMonth.of(2024, 8), new BigDecimal("120.1"), false);
        return index;
    }

    private static RevaluationClause clause(String share, RevaluationInterval interval) {
        return new RevaluationClause("FOI", new BigDecimal(share), false, null, 1, interval);
    }

    /** 24 months from 1 Sep 2022, billed quarterly, 1,200.00 a year: 2,400.00 for the term. */
    private static Contract twoYears(RevaluationClause clause) {
        Contract contract = Contract.quote(
                Fixtures.fullService(),
                Fixtures.customer("501.00003"),
                "Q-FS/2022/00002",
                new ContractTerms(null, START, 24, 24, 3, "RB30", true),
                Map.of("responseHours", 8),
                START.minusDays(10));
        contract.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly("2400.00"), null);
        contract.setRevaluation(clause, START.minusDays(10));
        contract.confirm(START.minusDays(5), "FS/2022/00002");
        Fixtures.identify(contract);
        Fixtures.identifyLines(contract);
        return contract;
    }

    @Test
    void aClauseRevaluedOverATwoYearTermMovesByTheTwentyFourMonthVariationAtRenewal() {
        Contract contract = twoYears(clause("75", RevaluationInterval.OVER_TERM));
        assertNull(contract.getNextAnniversary(), "no revaluation at the first anniversary, 1 Sep 2023");

        RevaluationClause over = contract.getRevaluation().orElseThrow();
        assertEquals(YearMonth.of(2022, 8), over.fromMonth(START, RENEWAL));
        assertEquals(YearMonth.of(2024, 8), over.referenceMonth(RENEWAL));
        IndexAdjustment adjustment = over.adjustment(foi, START, RENEWAL).orElseThrow();
        // 120.1 / 113.2 = 1.06095… → +6.1 %; at 75 % → +4.575 %
        assertEquals(new BigDecimal("6.1"), adjustment.variation().percent());
        assertEquals(
                0, new BigDecimal("4.575").compareTo(adjustment.appliedPercent()), adjustment.describe()::toString);

        Contract next = contract.renew("FS/2024/00001", RENEWAL, new RenewalPricing(contract, null, adjustment)::price);

        // 2,400.00 × 1.04575 = 2,509.80
        assertEquals(new BigDecimal("2509.80"), next.getValue());
        assertTrue(
                next.getLines()
                        .get(0)
                        .getPrice()
                        .explanation()
                        .toString()
                        .endsWith("FOI 2022-08 113.2 → 2024-08 120.1 = +6.1 %" + " × 75 % → +4.575 % = 2,509.80"),
                next.getLines().get(0).getPrice().explanation()::toString);
        assertEquals(
                RevaluationInterval.OVER_TERM,
                next.getRevaluation().orElseThrow().getInterval(),
                "the renewed term keeps its clause");
        assertNull(next.getNextAnniversary());
    }

    @Test
    void aYearlyClauseOfTheSameContractMeasuresTheTwelveMonthsBeforeEachRevaluation() {
        Contract contract = twoYears(clause("75", RevaluationInterval.YEARLY));
        assertEquals(LocalDate.of(2023, 9, 1), contract.getNextAnniversary());

        RevaluationClause yearly = contract.getRevaluation().orElseThrow();
        assertEquals(YearMonth.of(2023, 8), yearly.fromMonth(START, RENEWAL));
        assertTrue(yearly.adjustment(foi, START, RENEWAL).isEmpty(), "Aug 2023 is not among the values");
        assertEquals(
                "index FOI values of 2023-08 and 2024-08",
                yearly.valuesNeeded(START, RENEWAL).toString());
    }

    @Test
    void theWholeTermsValuesAreWaitedFor() {
        RevaluationClause over = clause("100", RevaluationInterval.OVER_TERM);
        PriceIndex partial = new PriceIndex("FOI", "FOI", 1);
        partial.defineBases(List.of(new IndexBase("2015=100", YearMonth.of(2016, 1), null)));
        partial.record(YearMonth.of(2024, 8), new BigDecimal("120.1"), false);

        assertTrue(over.adjustment(partial, START, RENEWAL).isEmpty(), "Aug 2022 is missing");
        assertEquals(
                "index FOI values of 2022-08 and 2024-08",
                over.valuesNeeded(START, RENEWAL).toString());
    }

    @Test
    void aClauseWithoutAnIntervalIsYearly() {
        assertEquals(RevaluationInterval.YEARLY, clause("100", null).getInterval());
    }
}
