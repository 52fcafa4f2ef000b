package com.assisto.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.IndexBase;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.PriceSource;
import com.assisto.domain.pricing.TariffPricing;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.Tariff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Renewal (C9) with the tariff differential and index revaluation (C6), and warranty conversion (W2). */
class RenewalTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate RENEWAL = LocalDate.of(2025, 1, 1);

    private final Item copier = Fixtures.item("CP1");
    private final Tariff gold = new Tariff("GOLD", "Gold");

    private Contract activeContract(LinePrice price) {
        Contract contract = Fixtures.quote(Fixtures.fullService(), START);
        contract.addLine(null, copier, null, price, null);
        contract.confirm(START.minusDays(1), "FS/2024/00001");
        Fixtures.identify(contract);
        Fixtures.identifyLines(contract);
        return contract;
    }

    @Test
    void isDueOnlyOnceItsTermIsOver() {
        Contract contract = activeContract(Fixtures.yearly("1200.00"));

        assertFalse(contract.isDueForRenewal(LocalDate.of(2024, 12, 31)));
        assertTrue(contract.isDueForRenewal(RENEWAL));
    }

    @Test
    void aTariffPriceFollowsTheTariffFromTheStartOfTheTermToTheRenewalDate() {
        gold.setPrice(copier, LocalDate.of(2023, 1, 1), new BigDecimal("30.00"));
        gold.setPrice(copier, LocalDate.of(2024, 12, 1), new BigDecimal("31.50"));
        Contract contract = activeContract(TariffPricing.price(gold, copier, null, START, new BigDecimal("12")));

        Contract next = contract.renew("FS/2025/00001", RENEWAL, new RenewalPricing(contract, gold, null)::price);

        assertEquals(ContractStatus.RENEWED, contract.getStatus());
        assertEquals(ContractStatus.ACTIVE, next.getStatus());
        assertEquals(RENEWAL, next.getStartDate());
        assertEquals(LocalDate.of(2025, 12, 31), next.getEndDate());
        assertEquals(contract.getId(), next.getRenewalOf());
        LinePrice price = next.getLines().get(0).getPrice();
        // 360.00 × 31.50 / 30.00
        assertEquals(new BigDecimal("378.00"), price.getAmount());
        assertEquals(PriceSource.TARIFF_ITEM, price.getSource());
        assertEquals(new BigDecimal("31.50"), price.getMonthlyPrice());
        assertEquals(
                "Renewal of 360.00 × tariff GOLD 31.50 on 2025-01-01 ÷ 30.00 on 2024-01-01 = 378.00",
                price.explanation().toString());
        assertEquals(new BigDecimal("378.00"), next.getValue());
        assertEquals(4, next.getInstalments().size());
    }

    @Test
    void aHandTypedPriceMovesByTheSameTariffRatioAndStaysManual() {
        gold.setPrice(copier, LocalDate.of(2023, 1, 1), new BigDecimal("30.00"));
        gold.setPrice(copier, LocalDate.of(2024, 12, 1), new BigDecimal("33.00"));
        Contract contract = activeContract(Fixtures.yearly("500.00"));

        Contract next = contract.renew("FS/2025/00001", RENEWAL, new RenewalPricing(contract, gold, null)::price);

        LinePrice price = next.getLines().get(0).getPrice();
        assertEquals(new BigDecimal("550.00"), price.getAmount());
        assertTrue(price.isManual());
    }

    @Test
    void withoutATariffPriceThePriceIsKeptAndTheExplanationSaysWhy() {
        Contract contract = activeContract(Fixtures.yearly("500.00"));

        Contract next = contract.renew("FS/2025/00001", RENEWAL, new RenewalPricing(contract, gold, null)::price);

        assertEquals(new BigDecimal("500.00"), next.getLines().get(0).getPrice().getAmount());
        assertTrue(
                next.getLines().get(0).getPrice().explanation().toString().contains("no tariff price on 2024-01-01"));
    }

    @Test
    void theIndexAdjustmentComesAfterTheTariffDifferential() {
        gold.setPrice(copier, LocalDate.of(2023, 1, 1), new BigDecimal("100.00"));
        Contract contract = activeContract(TariffPricing.price(gold, copier, null, START, new BigDecimal("12")));
        contract.setRevaluation(
                new RevaluationClause("FOI", new BigDecimal("75"), false, null, 2, RevaluationInterval.YEARLY), START);
        PriceIndex foi = new PriceIndex("FOI", "FOI", 1);
        foi.defineBases(List.of(new IndexBase("2015=100", YearMonth.of(2016, 1), null)));
        foi.record(YearMonth.of(2023, 11), new BigDecimal("118.0"), false);
        foi.record(YearMonth.of(2024, 11), new BigDecimal("118.9"), false);
        IndexAdjustment adjustment = contract.getRevaluation()
                .orElseThrow()
                .adjustment(foi, START, RENEWAL)
                .orElseThrow();

        Contract next = contract.renew("FS/2025/00001", RENEWAL, new RenewalPricing(contract, gold, adjustment)::price);

        // tariff unchanged: 1,200.00; FOI Nov 2023 → Nov 2024 +0.8 % at 75 % = +0.6 %
        assertEquals(new BigDecimal("1207.20"), next.getValue());
        assertEquals("FOI", next.getRevaluation().orElseThrow().getIndexCode());
        assertTrue(
                next.getLines()
                        .get(0)
                        .getPrice()
                        .explanation()
                        .toString()
                        .endsWith("FOI 2023-11 118.0 → 2024-11 118.9 = +0.8 %" + " × 75 % → +0.6 % = 1,207.20"),
                next.getLines().get(0).getPrice().explanation()::toString);
    }

    @Test
    void theReferenceMonthWaitsForItsValue() {
        RevaluationClause clause =
                new RevaluationClause("FOI", new BigDecimal("100"), false, null, 2, RevaluationInterval.YEARLY);
        PriceIndex foi = new PriceIndex("FOI", "FOI", 1);
        foi.defineBases(List.of(new IndexBase("2015=100", YearMonth.of(2016, 1), null)));
        foi.record(YearMonth.of(2023, 11), new BigDecimal("118.0"), false);

        assertEquals(YearMonth.of(2024, 11), clause.referenceMonth(RENEWAL));
        assertTrue(clause.adjustment(foi, START, RENEWAL).isEmpty());
    }

    @Test
    void aConvertibleWarrantyBecomesAMaintenanceContractPricedByTheTariff() {
        ContractType maintenance = Fixtures.fullService();
        ContractType warrantyType = Fixtures.warranty();
        warrantyType.configureLifecycle(maintenance, null, 30);
        gold.setPrice(copier, LocalDate.of(2020, 1, 1), new BigDecimal("25.00"));
        Contract warranty = Contract.quote(
                warrantyType,
                Fixtures.customer("501.00001"),
                "GAR/2023/00001",
                new ContractTerms(null, LocalDate.of(2023, 1, 1), 24, 24, 24, null, false),
                Map.of(),
                LocalDate.of(2023, 1, 1));
        warranty.addLine(null, copier, null, LinePrice.warranty(), null);
        warranty.confirm(LocalDate.of(2023, 1, 1), null);
        Fixtures.identify(warranty);

        assertTrue(warranty.isConvertibleWarranty());
        Contract next = warranty.convert(
                "FS/2025/00007",
                RENEWAL,
                line -> TariffPricing.price(gold, line.getItem(), null, RENEWAL, BigDecimal.valueOf(12)));

        assertEquals(ContractStatus.RENEWED, warranty.getStatus());
        assertEquals(maintenance, next.getType());
        assertEquals(ContractStatus.ACTIVE, next.getStatus());
        assertEquals(new BigDecimal("300.00"), next.getValue());
        assertEquals(LocalDate.of(2025, 12, 31), next.getEndDate());
    }

    @Test
    void aWarrantyOfANonConvertibleItemExpiresWithAQuoteOffered() {
        ContractType maintenance = Fixtures.fullService();
        ContractType warrantyType = Fixtures.warranty();
        warrantyType.configureLifecycle(maintenance, null, 30);
        Item printer = new Item(
                "PR1", new ItemTerms("Printer", "pz", new BigDecimal("300"), 12, "NBD", false, 30, false, true));
        Contract warranty = Contract.quote(
                warrantyType,
                Fixtures.customer("501.00001"),
                "GAR/2024/00001",
                new ContractTerms(null, START, 12, 12, 12, null, false),
                Map.of(),
                START);
        warranty.addLine(null, printer, null, LinePrice.warranty(), null);
        warranty.confirm(START, null);

        assertFalse(warranty.isConvertibleWarranty());
        Contract proposal = warranty.expire(
                        RENEWAL,
                        "Q-FS/2025/00001",
                        maintenance,
                        line -> LinePrice.manual(new BigDecimal("120.00"), null))
                .orElseThrow();

        assertEquals(ContractStatus.EXPIRED, warranty.getStatus());
        assertEquals(ContractStatus.QUOTE, proposal.getStatus());
        assertEquals(RENEWAL, proposal.getStartDate());
        assertEquals(new BigDecimal("120.00"), proposal.getValue());
    }

    @Test
    void aContractWithoutAutoRenewalExpiresAndNothingElseHappensWithoutAProposal() {
        Contract contract = activeContract(Fixtures.yearly("1200.00"));

        assertTrue(contract.expire(RENEWAL, null, null, null).isEmpty());
        assertEquals(ContractStatus.EXPIRED, contract.getStatus());
        ValidationException again = assertThrows(
                ValidationException.class, () -> contract.renew("FS/2025/00002", RENEWAL, line -> line.getPrice()));
        assertTrue(again.getMessage().contains("expired is final"), again.getMessage());
    }

    @Test
    void warningDaysComeFromTheContractThenTheTypeThenTheItems() {
        Contract contract = activeContract(Fixtures.yearly("1200.00"));
        assertEquals(30, contract.effectiveWarningDays(60));
        contract.getType().configureLifecycle(null, 45, 30);
        assertEquals(45, contract.effectiveWarningDays(60));
        contract.assignWarnings("backoffice", 10);
        assertEquals(10, contract.effectiveWarningDays(60));
        contract.assignWarnings(null, null);
        assertNull(contract.getResponsibleUser());
    }
}
