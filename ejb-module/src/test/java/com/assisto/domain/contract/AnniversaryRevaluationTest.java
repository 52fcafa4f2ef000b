package com.assisto.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A three-year contract revalued at its anniversaries (C6) with DOMAIN.md's FOI values: Oct 2022
 * → Oct 2023 is +1.7 %, at 75 % 1.275 %; Oct 2023 → Oct 2024 is +0.8 %, at 75 % 0.6 %.
 */
class AnniversaryRevaluationTest {

    private static final LocalDate START = LocalDate.of(2022, 11, 1);
    private static final RevaluationClause FOI_75 =
            new RevaluationClause("FOI", new BigDecimal("75"), false, null, 1, RevaluationInterval.YEARLY);

    private final PriceIndex foi = foi();

    private static PriceIndex foi() {
        PriceIndex index = new PriceIndex("FOI", "FOI senza tabacchi", 1);
        index.defineBases(List.of(new IndexBase("2015=100", YearMonth.of(2016, 1), null)));
        index.record(YearMonth.of(2022, 10), new BigDecimal("117.2"), false);
        index.record(YearMonth.of(2023, 10), new BigDecimal("119.2"), false);
        index.record(YearMonth.of(2024, 10), new BigDecimal("120.1"), false);
        return index;
    }

    /** 36 months from 1 Nov 2022, billed quarterly: twelve instalments of 300.00. */
    private static Contract threeYears(RevaluationClause clause) {
        Contract contract = Contract.quote(
                Fixtures.fullService(),
                Fixtures.customer("501.00002"),
                "Q-FS/2022/00001",
                new ContractTerms(null, START, 36, 36, 3, "RB30", true),
                Map.of("responseHours", 8),
                START.minusDays(10));
        contract.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly("3600.00"), null);
        if (clause != null) {
            contract.setRevaluation(clause, START.minusDays(10));
        }
        contract.confirm(START.minusDays(5), "FS/2022/00001");
        Fixtures.identify(contract);
        Fixtures.identifyLines(contract);
        return contract;
    }

    private IndexAdjustment adjustmentAt(Contract contract) {
        return contract.getRevaluation()
                .orElseThrow()
                .adjustment(foi, contract.getStartDate(), contract.getNextAnniversary())
                .orElseThrow();
    }

    @Test
    void eachAnniversaryMovesTheInstalmentsNotYetBilledAndTheRenewalStartsFromThere() {
        Contract contract = threeYears(FOI_75);
        assertEquals(LocalDate.of(2023, 11, 1), contract.getNextAnniversary());
        assertFalse(contract.isAnniversaryDue(LocalDate.of(2023, 10, 31)));
        assertTrue(contract.isAnniversaryDue(LocalDate.of(2023, 11, 1)));

        AnniversaryRevaluation first = contract.revalueAtAnniversary(adjustmentAt(contract));

        // eight quarters left at 300.00 × 1.01275 = 303.825 → 303.83
        assertEquals(
                new AnniversaryRevaluation(
                        LocalDate.of(2023, 11, 1), 8, new BigDecimal("2400.00"), new BigDecimal("2430.64")),
                first);
        assertEquals(new BigDecimal("3630.64"), contract.getValue());
        assertEquals(new BigDecimal("300.00"), contract.getInstalments().get(3).getAmount());
        assertEquals(new BigDecimal("303.83"), contract.getInstalments().get(4).getAmount());
        assertEquals(LocalDate.of(2024, 11, 1), contract.getNextAnniversary());

        // the billing run queued the quarter starting on the anniversary before the index came out
        assertTrue(contract.getInstalments().get(8).becomeDueOn(LocalDate.of(2024, 11, 1)));
        AnniversaryRevaluation second = contract.revalueAtAnniversary(adjustmentAt(contract));

        // three quarters left to move: 303.83 × 1.006 = 305.65298 → 305.65
        assertEquals(
                new AnniversaryRevaluation(
                        LocalDate.of(2024, 11, 1), 3, new BigDecimal("911.49"), new BigDecimal("916.95")),
                second);
        assertEquals(new BigDecimal("303.83"), contract.getInstalments().get(8).getAmount());
        assertEquals(new BigDecimal("3636.10"), contract.getValue());
        assertEquals(
                contract.getValue(),
                contract.getInstalments().stream().map(Instalment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                "the instalments still add up to the value");
        assertNull(contract.getNextAnniversary(), "the next anniversary is the renewal");
        assertEquals(0, new BigDecimal("1.0188265").compareTo(contract.getTermIndexFactor()));

        Contract next = contract.renew(
                "FS/2025/00001", LocalDate.of(2025, 11, 1), new RenewalPricing(contract, null, null)::price);
        // 3600.00 × 1.01275 × 1.006
        assertEquals(new BigDecimal("3667.78"), next.getValue());
        assertTrue(
                next.getLines()
                        .get(0)
                        .getPrice()
                        .explanation()
                        .toString()
                        .contains("× 1.0188265 (anniversary revaluations)"),
                next.getLines().get(0).getPrice().explanation()::toString);
        assertEquals(0, BigDecimal.ONE.compareTo(next.getTermIndexFactor()));
        assertEquals(LocalDate.of(2026, 11, 1), next.getNextAnniversary());
    }

    @Test
    void theNextAnniversaryPreviewChangesNothing() {
        Contract contract = threeYears(FOI_75);

        AnniversaryRevaluation preview = contract.previewAnniversary(adjustmentAt(contract));

        assertEquals(new BigDecimal("2430.64"), preview.after());
        assertEquals(new BigDecimal("3600.00"), contract.getValue());
        assertEquals(LocalDate.of(2023, 11, 1), contract.getNextAnniversary());
    }

    @Test
    void aClauseAddedMidTermStartsAtTheNextAnniversaryAndOneYearTermsHaveNone() {
        Contract contract = threeYears(null);
        assertNull(contract.getNextAnniversary());

        contract.setRevaluation(FOI_75, LocalDate.of(2023, 12, 1));
        assertEquals(LocalDate.of(2024, 11, 1), contract.getNextAnniversary());
        contract.setRevaluation(null, LocalDate.of(2023, 12, 2));
        assertNull(contract.getNextAnniversary());

        Contract oneYear = Fixtures.quote(Fixtures.fullService(), START);
        oneYear.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly("1200.00"), null);
        oneYear.setRevaluation(FOI_75, START);
        oneYear.confirm(START.minusDays(1), "FS/2022/00002");
        assertNull(oneYear.getNextAnniversary(), "a one-year term is revalued at its renewal only");
    }
}
