package com.assisto.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.shared.DateRange;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractLifecycleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static Contract quoteWithLine(String yearlyValue) {
        Contract contract = Fixtures.quote(Fixtures.fullService(), START);
        contract.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly(yearlyValue), null);
        return contract;
    }

    @Test
    void legalTransitionsFollowTheStatusFlow() {
        assertTrue(ContractStatus.QUOTE.canBecome(ContractStatus.ACTIVE));
        assertTrue(ContractStatus.QUOTE.canBecome(ContractStatus.REJECTED));
        assertTrue(ContractStatus.QUOTE.canBecome(ContractStatus.LAPSED));
        assertTrue(ContractStatus.ACTIVE.canBecome(ContractStatus.RENEWED));
        assertTrue(ContractStatus.ACTIVE.canBecome(ContractStatus.EXPIRED));
        assertTrue(ContractStatus.ACTIVE.canBecome(ContractStatus.CANCELLED));
        assertFalse(ContractStatus.QUOTE.canBecome(ContractStatus.RENEWED));
        assertFalse(ContractStatus.ACTIVE.canBecome(ContractStatus.QUOTE));
        for (ContractStatus ended : List.of(
                ContractStatus.RENEWED,
                ContractStatus.EXPIRED,
                ContractStatus.CANCELLED,
                ContractStatus.REJECTED,
                ContractStatus.LAPSED)) {
            for (ContractStatus any : ContractStatus.values()) {
                assertFalse(ended.canBecome(any), ended + " is final");
            }
        }
    }

    @Test
    void illegalTransitionsAreRefusedWithAClearError() {
        Contract contract = quoteWithLine("1200");
        contract.reject(START.minusDays(5), "Too expensive");
        ValidationException refused =
                assertThrows(ValidationException.class, () -> contract.confirm(START.minusDays(4), null));
        assertEquals("status cannot change from rejected to active: rejected is final", refused.getMessage());
        assertEquals("Too expensive", contract.getStatusReason());

        Contract active = quoteWithLine("1200");
        active.confirm(START, null);
        ValidationException twice = assertThrows(ValidationException.class, () -> active.reject(START, null));
        assertEquals(
                "status cannot change from active to rejected; allowed: renewed, expired and cancelled",
                twice.getMessage());
        assertEquals(
                "non può passare da attivo a rifiutato; stati possibili: rinnovato, scaduto e annullato",
                twice.getErrors().get(0).problem().text(Locale.ITALIAN));
        active.cancel(START.plusMonths(3), "Customer closed the site");
        ValidationException closed = assertThrows(
                ValidationException.class,
                () -> active.addLine(null, Fixtures.item("CP9"), null, Fixtures.yearly("1"), START.plusMonths(4)));
        assertTrue(closed.getMessage().contains("is cancelled and can no longer change"), closed.getMessage());
    }

    @Test
    void aDeliveryNoteIsDescribedInTheReadersLanguageAndInEnglishForTheErp() {
        Contract active = quoteWithLine("1200");
        active.confirm(START, null);
        MidTermChange change = active.addLine(
                        null, Fixtures.item("CP9"), null, Fixtures.yearly("3650"), LocalDate.of(2026, 7, 1))
                .orElseThrow();
        DeliveryNote note = new DeliveryNote("DN-1", change, "office", Instant.EPOCH);

        assertEquals(
                "Added to contract " + active.getNumber() + ": CP9 Copier CP9 — 184/365 days of 3,650.00",
                note.getDescription());
        assertEquals(
                "Aggiunta al contratto " + active.getNumber() + ": CP9 Copier CP9 — 184/365 giorni di 3.650,00",
                note.description().text(Locale.ITALIAN));
        ValidationException outside = assertThrows(
                ValidationException.class,
                () -> active.addLine(null, Fixtures.item("CP8"), null, Fixtures.yearly("1"), START.minusDays(1)));
        assertEquals(
                "la data della modifica 31/12/2025 è fuori dal periodo del contratto 01/01/2026–31/12/2026",
                outside.getErrors().get(0).problem().text(Locale.ITALIAN));
    }

    @Test
    void confirmingAQuoteActivatesItAndPlansTheInstalments() {
        Contract contract = quoteWithLine("1000");
        assertEquals(4, contract.schedule().size(), "the quote already shows its schedule");
        contract.confirm(START.minusDays(2), "FS/2026/00007");

        assertEquals(ContractStatus.ACTIVE, contract.getStatus());
        assertEquals("FS/2026/00007", contract.getNumber());
        assertEquals("Q-FS/2025/00001", contract.getQuoteNumber(), "the quote number is kept");
        List<Instalment> instalments = contract.getInstalments();
        assertEquals(4, instalments.size());
        assertEquals(
                List.of(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 10, 1)),
                instalments.stream().map(Instalment::getDueDate).toList());
        assertEquals(LocalDate.of(2026, 3, 31), instalments.get(0).getPeriodTo());
        assertEquals(new BigDecimal("250.00"), instalments.get(0).getAmount());
        assertTrue(instalments.stream().allMatch(instalment -> instalment.getStatus() == InstalmentStatus.PLANNED));
    }

    @Test
    void instalmentsAddUpToTheValueExactly() {
        List<BillingSchedule.Planned> plan =
                BillingSchedule.plan(new ContractTerms(null, START, 12, 12, 4, null, true), new BigDecimal("100"));
        assertEquals(
                List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34")),
                plan.stream().map(BillingSchedule.Planned::amount).toList());
        List<BillingSchedule.Planned> monthly = BillingSchedule.plan(
                new ContractTerms(null, LocalDate.of(2026, 1, 31), 12, 12, 1, null, true), new BigDecimal("1000"));
        assertEquals(12, monthly.size());
        assertEquals(LocalDate.of(2026, 2, 27), monthly.get(0).period().to());
        assertEquals(
                new DateRange(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 30)),
                monthly.get(1).period());
        for (int index = 1; index < monthly.size(); index++) {
            assertEquals(
                    monthly.get(index - 1).period().to().plusDays(1),
                    monthly.get(index).period().from(),
                    "periods follow each other without gaps");
        }
        assertEquals(LocalDate.of(2027, 1, 30), monthly.get(11).period().to(), "the last period ends with the term");
        assertEquals(
                new BigDecimal("1000.00"),
                monthly.stream().map(BillingSchedule.Planned::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aDueInstalmentIsMarkedOnceOnItsDay() {
        Contract contract = quoteWithLine("1000");
        contract.confirm(START, null);
        Instalment second = contract.getInstalments().get(1);
        assertFalse(second.becomeDueOn(LocalDate.of(2026, 3, 31)));
        assertTrue(second.becomeDueOn(LocalDate.of(2026, 4, 1)));
        assertEquals(InstalmentStatus.DUE, second.getStatus());
        assertFalse(second.becomeDueOn(LocalDate.of(2026, 4, 2)), "already due");
    }

    @Test
    void aQuoteLapsesAfterItsValidityAndCanNoLongerBeConfirmed() {
        Contract contract = quoteWithLine("1000");
        LocalDate validUntil = contract.getQuoteValidUntil();
        assertEquals(START.minusDays(10).plusDays(30), validUntil);
        ValidationException late =
                assertThrows(ValidationException.class, () -> contract.confirm(validUntil.plusDays(1), null));
        assertEquals("status", late.getErrors().get(0).field());
        assertFalse(contract.lapseIfOverdue(validUntil));
        assertTrue(contract.lapseIfOverdue(validUntil.plusDays(1)));
        assertEquals(ContractStatus.LAPSED, contract.getStatus());
        assertFalse(contract.lapseIfOverdue(validUntil.plusDays(2)), "lapses once");
    }

    @Test
    void aContractNeedsALineBeforeItIsConfirmed() {
        Contract empty = Fixtures.quote(Fixtures.fullService(), START);
        ValidationException refused = assertThrows(ValidationException.class, () -> empty.confirm(START, null));
        assertEquals("lines", refused.getErrors().get(0).field());
    }

    @Test
    void termsChangeFreelyOnQuotesButOnlyPartlyWhileRunning() {
        Contract contract = quoteWithLine("1200");
        List<String> changes = contract
                .revise(
                        new ContractTerms("1", START, 24, 12, 6, "RB60", false),
                        Map.of("responseHours", "4", "level", "Gold"))
                .stream()
                .map(Message::toString)
                .toList();
        assertEquals(LocalDate.of(2027, 12, 31), contract.getEndDate());
        assertTrue(changes.contains("durationMonths: 12 → 24"), changes.toString());
        assertTrue(changes.contains("customFields.responseHours: 8 → 4"), changes.toString());
        assertTrue(changes.contains("customFields.level: none → Gold"), changes.toString());

        contract.confirm(START, null);
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> contract.revise(
                        new ContractTerms("1", START, 12, 12, 6, "RB60", false), Map.of("responseHours", "4")));
        assertEquals("terms", refused.getErrors().get(0).field());
        List<Message> allowed =
                contract.revise(new ContractTerms("1", START, 24, 12, 6, "RD", true), Map.of("responseHours", "4"));
        assertTrue(
                allowed.stream().anyMatch(change -> change.toString().equals("paymentTerms: RB60 → RD")),
                allowed.toString());
        assertTrue(
                allowed.stream().anyMatch(change -> change.text(Locale.ITALIAN).equals("rinnovo automatico: no → sì")),
                allowed.toString());
    }

    @Test
    void termsAreValidatedFieldByField() {
        ValidationException refused = assertThrows(
                ValidationException.class, () -> new ContractTerms(null, null, 12, 12, 5, null, true).validate());
        assertEquals(
                List.of("startDate", "billingMonths"),
                refused.getErrors().stream().map(error -> error.field()).toList());
    }
}
