package com.assisto.domain.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contract.RevaluationInterval;
import com.assisto.domain.contract.TermEnd;
import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.index.IndexBase;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.TariffPricing;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.Tariff;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What follows a due contract (C9) and whether the index values its revaluation needs are known
 * (C6), with DOMAIN.md's FOI figures: Oct 2023 → Oct 2024 is 120.1 / 119.2 = +0.8 %, at 75 %
 * +0.6 %, so €1,200.00 becomes €1,207.20; Oct 2022 → Oct 2023 is 119.2 / 117.2 = +1.7 %.
 */
class RenewalPlanTest {

    private static final LocalDate NOVEMBER_2023 = LocalDate.of(2023, 11, 1);
    private static final LocalDate RENEWAL = LocalDate.of(2024, 11, 1);
    private static final Instant NOW = Instant.parse("2024-11-02T00:30:00Z");

    /** FOI at 75 %, decreases not passed on, the month before the revaluation as reference. */
    private static final RevaluationClause FOI_AT_75 =
            new RevaluationClause("FOI", new BigDecimal("75"), false, null, 1, RevaluationInterval.YEARLY);

    private static PriceIndex foi(String... octoberValues2022to2024) {
        PriceIndex index = new PriceIndex("FOI", "FOI senza tabacchi", 1);
        index.defineBases(List.of(new IndexBase("2015=100", YearMonth.of(2016, 1), null)));
        for (int i = 0; i < octoberValues2022to2024.length; i++) {
            index.record(YearMonth.of(2022 + i, 10), new BigDecimal(octoberValues2022to2024[i]), false);
        }
        return index;
    }

    private static Function<String, Optional<PriceIndex>> only(PriceIndex index) {
        return code -> code.equals(index.getCode()) ? Optional.of(index) : Optional.empty();
    }

    private static Contract running(ContractType type, ContractTerms terms, LinePrice price, RevaluationClause clause) {
        Contract contract = Contract.quote(
                type,
                Fixtures.customer("501.00001"),
                "Q-FS/2023/00001",
                terms,
                type.isWarranty() ? Map.of() : Map.of("responseHours", 8),
                terms.startDate().minusDays(10));
        contract.addLine(null, Fixtures.item("CP1"), null, price, null);
        if (clause != null) {
            contract.setRevaluation(clause, terms.startDate().minusDays(10));
        }
        contract.confirm(terms.startDate().minusDays(5), type.isWarranty() ? null : "FS/2023/00001");
        Fixtures.identify(contract);
        Fixtures.identifyLines(contract);
        return contract;
    }

    private static Contract oneYear(RevaluationClause clause, boolean autoRenew) {
        return running(
                Fixtures.fullService(),
                new ContractTerms(null, NOVEMBER_2023, 12, 12, 3, "RB30", autoRenew),
                Fixtures.yearly("1200.00"),
                clause);
    }

    private static Contract threeYears(RevaluationClause clause) {
        return running(
                Fixtures.fullService(),
                new ContractTerms(null, LocalDate.of(2022, 11, 1), 36, 36, 3, "RB30", true),
                Fixtures.yearly("3600.00"),
                clause);
    }

    @Test
    void aRenewalWithThePublishedValuesMovesByTheIndexAndRecordsTheRevaluation() {
        Contract contract = oneYear(FOI_AT_75, true);

        RenewalPlan plan = RenewalPlan.of(contract, null, only(foi("117.2", "119.2", "120.1")));

        assertEquals(TermEnd.RENEW, plan.decision());
        assertFalse(plan.isWaiting());
        assertNull(plan.waitingFor());
        assertEquals(RENEWAL, plan.nextStart());
        assertEquals(new BigDecimal("0.6"), plan.adjustment().orElseThrow().appliedPercent());
        assertEquals(new RenewalPlan.Series(contract.getType(), 2024, false), plan.series(RENEWAL));
        assertEquals("contract:1:2024", plan.series(RENEWAL).key());

        RenewalPlan.Followed followed = plan.follow(RENEWAL, () -> "FS/2024/00001");

        assertEquals(RenewalResult.RENEWED, followed.result());
        assertEquals(ContractStatus.RENEWED, contract.getStatus());
        Contract next = followed.successor();
        assertEquals("FS/2024/00001", next.getNumber());
        assertEquals(new BigDecimal("1207.20"), next.getValue());
        Fixtures.identify(next);
        RevaluationRecord record = plan.revaluationOf(next, 7, "nightly", NOW).orElseThrow();
        assertEquals(new BigDecimal("1200.00"), record.getAmountBefore());
        assertEquals(new BigDecimal("1207.20"), record.getAmountAfter());
        assertEquals(YearMonth.of(2023, 10), record.getFromMonth());
        assertEquals(YearMonth.of(2024, 10), record.getToMonth());
    }

    @Test
    void aRenewalWaitsForTheReferenceMonthsValue() {
        Contract contract = oneYear(FOI_AT_75, true);

        RenewalPlan plan = RenewalPlan.of(contract, null, only(foi("117.2", "119.2")));

        assertTrue(plan.isWaiting());
        assertFalse(plan.needsNumber());
        assertTrue(plan.adjustment().isEmpty());
        assertEquals(
                "waiting for index FOI values of 2023-10 and 2024-10",
                plan.waitingFor().toString());
    }

    @Test
    void aRenewalWaitsForAnIndexThatDoesNotExist() {
        Contract contract = oneYear(FOI_AT_75, true);

        RenewalPlan plan = RenewalPlan.of(contract, null, code -> Optional.empty());

        assertEquals("index FOI does not exist", plan.waitingFor().toString());
    }

    @Test
    void withoutAClauseTheRenewalNeverReadsAnIndex() {
        Contract contract = oneYear(null, true);

        RenewalPlan plan = RenewalPlan.of(contract, null, code -> {
            throw new AssertionError("no index is read without a clause");
        });

        assertFalse(plan.isWaiting());
        assertTrue(plan.adjustment().isEmpty());
        Contract next = plan.follow(RENEWAL, () -> "FS/2024/00002").successor();
        assertEquals(new BigDecimal("1200.00"), next.getValue());
        assertTrue(plan.revaluationOf(next, 7, "nightly", NOW).isEmpty());
    }

    @Test
    void aTermWithAnAnniversaryNotYetAppliedWaitsForIt() {
        Contract contract = threeYears(FOI_AT_75);

        RenewalPlan plan = RenewalPlan.of(contract, null, only(foi("117.2", "119.2", "120.1")));

        assertEquals(
                "the anniversary revaluation of 2023-11-01 is not applied yet",
                plan.waitingFor().toString());
    }

    @Test
    void aContractThatDoesNotRenewExpiresOfferingAQuoteFromTheQuoteSeriesOfTheDay() {
        Contract contract = oneYear(null, false);
        LocalDate day = LocalDate.of(2025, 1, 10);

        RenewalPlan plan = RenewalPlan.of(contract, null, code -> Optional.empty());

        assertEquals(TermEnd.EXPIRE, plan.decision());
        assertTrue(plan.needsNumber());
        assertEquals(new RenewalPlan.Series(contract.getType(), 2025, true), plan.series(day));
        assertEquals("Q-FS/2025/00003", plan.series(day).format(3));
        RenewalPlan.Followed followed = plan.follow(day, () -> "Q-FS/2025/00003");
        assertEquals(RenewalResult.EXPIRED, followed.result());
        assertEquals(ContractStatus.EXPIRED, contract.getStatus());
        assertEquals("Q-FS/2025/00003", followed.successor().getNumber());
        assertNull(followed.note());
    }

    @Test
    void aWarrantyThatConvertsToNothingExpiresWithoutAQuote() {
        Contract warranty = running(
                Fixtures.warranty(),
                new ContractTerms(null, LocalDate.of(2022, 1, 1), 24, 24, 24, null, false),
                LinePrice.warranty(),
                null);

        RenewalPlan plan = RenewalPlan.of(warranty, null, code -> Optional.empty());

        assertEquals(TermEnd.EXPIRE, plan.decision());
        assertNull(plan.nextType());
        assertFalse(plan.needsNumber());
        RenewalPlan.Followed followed = plan.follow(LocalDate.of(2024, 1, 2), () -> {
            throw new AssertionError("nothing follows, so no number is drawn");
        });
        assertEquals(RenewalResult.EXPIRED, followed.result());
        assertNull(followed.successor());
        assertEquals(
                "warranty type 5 converts to no maintenance type: no quote offered",
                followed.note().toString());
    }

    @Test
    void anAnniversaryRevaluesTheRestOfTheTermOnceTheValuesArePublished() {
        Contract contract = threeYears(FOI_AT_75);

        AnniversaryPlan plan = AnniversaryPlan.of(contract, only(foi("117.2", "119.2")));

        assertFalse(plan.isWaiting());
        AnniversaryPlan.Applied applied = plan.apply(7, "nightly", NOW);
        // Oct 2022 → Oct 2023 +1.7 % at 75 % = +1.275 %
        assertEquals(new BigDecimal("1.275"), applied.record().getAppliedPercent());
        assertEquals(LocalDate.of(2023, 11, 1), applied.record().getAppliedOn());
        assertTrue(applied.note().toString().startsWith("anniversary of 2023-11-01: "), applied.note()::toString);
        assertEquals(LocalDate.of(2024, 11, 1), contract.getNextAnniversary());
    }

    @Test
    void anAnniversaryWaitsForItsValuesAndSaysWhichOnTheRunAndInThePreview() {
        Contract contract = threeYears(FOI_AT_75);

        AnniversaryPlan plan = AnniversaryPlan.of(contract, only(foi("117.2")));
        IndexReading reading = IndexReading.of(contract, contract.getNextAnniversary(), only(foi("117.2")));

        assertTrue(plan.isWaiting());
        assertEquals(
                "anniversary of 2023-11-01: waiting for index FOI values of 2022-10 and 2023-10",
                plan.waitingFor().toString());
        assertFalse(reading.isKnown());
        assertEquals(
                "index FOI values of 2022-10 and 2023-10",
                reading.valuesNeeded().toString());
    }

    @Test
    void theRenewedPriceSaysHowTheIndexMovedItInTheReadersLanguageAndIsKeptSo() {
        Contract contract = oneYear(FOI_AT_75, true);
        RenewalPlan plan = RenewalPlan.of(contract, null, only(foi("117.2", "119.2", "120.1")));

        LinePrice price = plan.follow(RENEWAL, () -> "FS/2024/00001")
                .successor()
                .getLines()
                .get(0)
                .getPrice();

        // DOMAIN.md: Oct 2023 → Oct 2024 120.1 / 119.2 = +0.8 %, at 75 % +0.6 %: €1,200.00 → €1,207.20
        assertEquals(
                "Renewal of 1,200.00 (no tariff price on 2023-11-01: unchanged);"
                        + " FOI 2023-10 119.2 → 2024-10 120.1 = +0.8 % × 75 % → +0.6 % = 1,207.20",
                price.explanation().text(Locale.ENGLISH));
        assertEquals(
                "Rinnovo di 1.200,00 (nessun prezzo di tariffa al 01/11/2023: invariato);"
                        + " FOI 10/2023 119,2 → 10/2024 120,1 = +0,8 % × 75 % → +0,6 % = 1.207,20",
                price.explanation().text(Locale.ITALIAN));
        assertEquals(price.explanation(), Message.decode(price.explanation().encode()));
    }

    @Test
    void whyARenewalWaitsReadsAsASentenceInThePreviewInBothLanguages() {
        RenewalPlan unpublished = RenewalPlan.of(oneYear(FOI_AT_75, true), null, only(foi("117.2", "119.2")));
        RenewalPlan noIndex = RenewalPlan.of(oneYear(FOI_AT_75, true), null, code -> Optional.empty());
        RenewalPlan anniversary = RenewalPlan.of(threeYears(FOI_AT_75), null, only(foi("117.2", "119.2", "120.1")));

        assertEquals(
                "in attesa dei valori dell'indice FOI di 10/2023 e 10/2024",
                unpublished.waitingFor().text(Locale.ITALIAN));
        assertEquals(
                "It would wait for index FOI values of 2023-10 and 2024-10",
                unpublished.wouldWait().toString());
        assertEquals(
                "Resterebbe in attesa dei valori dell'indice FOI di 10/2023 e 10/2024",
                unpublished.wouldWait().text(Locale.ITALIAN));
        assertEquals(
                "It would wait: index FOI does not exist", noIndex.wouldWait().toString());
        assertEquals(
                "Resterebbe in attesa: l'indice FOI non esiste",
                noIndex.wouldWait().text(Locale.ITALIAN));
        assertEquals(
                "It would wait: the anniversary revaluation of 2023-11-01 is not applied yet",
                anniversary.wouldWait().toString());
        assertEquals(
                "la rivalutazione annuale del 01/11/2023 non è ancora applicata",
                anniversary.waitingFor().text(Locale.ITALIAN));
        assertNull(RenewalPlan.of(oneYear(null, true), null, code -> Optional.empty())
                .wouldWait());
    }

    @Test
    void anAnniversarysNoteSaysWhatMovedInBothLanguages() {
        Contract contract = threeYears(FOI_AT_75);

        Message note = AnniversaryPlan.of(contract, only(foi("117.2", "119.2")))
                .apply(7, "nightly", NOW)
                .note();

        assertTrue(
                note.toString().endsWith(" (FOI 2022-10 117.2 → 2023-10 119.2 = +1.7 % × 75 % → +1.275 %)"),
                note::toString);
        assertTrue(
                note.text(Locale.ITALIAN).startsWith("anniversario del 01/11/2023: "), () -> note.text(Locale.ITALIAN));
        assertTrue(
                note.text(Locale.ITALIAN).endsWith(" (FOI 10/2022 117,2 → 10/2023 119,2 = +1,7 % × 75 % → +1,275 %)"),
                () -> note.text(Locale.ITALIAN));
    }

    @Test
    void aRefusedRenewalNamesTheFieldAndItsProblemInTheReadersLanguage() {
        Tariff gold = new Tariff("GOLD", "Gold");
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> TariffPricing.price(gold, Fixtures.item("CP1"), null, RENEWAL, BigDecimal.TEN));

        Message refusal = Refusal.of(refused);

        assertEquals(refused.getMessage(), refusal.toString());
        assertEquals(
                "price tariff GOLD has no price on 2024-11-01 for item CP1: enter the price by hand",
                refusal.toString());
        assertEquals(
                "la tariffa GOLD non ha un prezzo al 01/11/2024 per l'articolo CP1: inserisci il prezzo a mano (price)",
                refusal.text(Locale.ITALIAN));
        assertEquals(
                "nessun preventivo proposto: la tariffa GOLD non ha un prezzo al 01/11/2024 per l'articolo CP1:"
                        + " inserisci il prezzo a mano (price)",
                Message.of("renewal.noQuote", refusal).text(Locale.ITALIAN));
    }

    @Test
    void anOutcomeKeepsItsMessageEncodedAndAnOlderRowReadsAsWritten() throws ReflectiveOperationException {
        Message waiting = RenewalPlan.of(oneYear(FOI_AT_75, true), null, only(foi("117.2", "119.2")))
                .waitingFor();
        RenewalOutcome outcome = new RenewalOutcome(7, 1, "FS/2023/00001", RenewalResult.WAITING, null, null, waiting);

        assertEquals(waiting, outcome.getMessage());
        assertEquals(
                "waiting for index FOI values of 2023-10 and 2024-10",
                outcome.getMessage().toString());

        Field column = RenewalOutcome.class.getDeclaredField("message");
        column.setAccessible(true);
        column.set(outcome, "waiting for index FOI values of 2023-10 and 2024-10");
        assertEquals(
                "waiting for index FOI values of 2023-10 and 2024-10",
                outcome.getMessage().text(Locale.ITALIAN));
        assertNull(new RenewalOutcome(7, 1, "FS/2023/00001", RenewalResult.RENEWED, 2L, "FS/2024/00001", null)
                .getMessage());
    }
}
