package com.assisto.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.DeliveryNoteKind;
import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.contract.MidTermChange;
import com.assisto.domain.shared.DateRange;
import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProratingTest {

    private static final DateRange YEAR_2025 = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void domainExampleAnItemAddedOnFifteenthAprilIsChargedTheDaysLeft() {
        Prorating prorating = Prorating.of(new BigDecimal("365"), YEAR_2025, LocalDate.of(2025, 4, 15));

        assertEquals(261, prorating.remainingDays());
        assertEquals(365, prorating.periodDays());
        assertEquals(new BigDecimal("261.00"), prorating.amount());
    }

    @Test
    void leapYearsCountTheirThreeHundredSixtySixDays() {
        DateRange year2024 = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        Prorating prorating = Prorating.of(new BigDecimal("366"), year2024, LocalDate.of(2024, 3, 1));

        assertEquals(366, prorating.periodDays());
        assertEquals(306, prorating.remainingDays());
        assertEquals(new BigDecimal("306.00"), prorating.amount());
        assertEquals(
                new BigDecimal("500.00"),
                Prorating.of(new BigDecimal("1000"), year2024, LocalDate.of(2024, 7, 2))
                        .amount(),
                "183 of 366 days is exactly half");
    }

    @Test
    void theFirstDayGivesTheWholeValueAndTheLastDayOneDay() {
        assertEquals(
                new BigDecimal("1200.00"),
                Prorating.of(new BigDecimal("1200"), YEAR_2025, LocalDate.of(2025, 1, 1))
                        .amount());
        assertEquals(
                new BigDecimal("3.29"),
                Prorating.of(new BigDecimal("1200"), YEAR_2025, LocalDate.of(2025, 12, 31))
                        .amount(),
                "1200 / 365 = 3.2876…, rounded half up");
    }

    @Test
    void aContractPeriodAcrossYearEndCountsActualDays() {
        DateRange term = DateRange.ofMonths(LocalDate.of(2025, 7, 1), 12);
        assertEquals(LocalDate.of(2026, 6, 30), term.to());
        Prorating prorating = Prorating.of(new BigDecimal("365"), term, LocalDate.of(2026, 1, 1));
        assertEquals(181, prorating.remainingDays());
        assertEquals(new BigDecimal("181.00"), prorating.amount());
    }

    @Test
    void addingMidTermChargesAndRemovingCreditsTheDaysLeft() {
        Contract contract = Fixtures.quote(Fixtures.fullService(), LocalDate.of(2025, 1, 1));
        contract.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly("730"), null);
        contract.confirm(LocalDate.of(2024, 12, 28), null);

        MidTermChange added = contract.addLine(
                        null, Fixtures.item("CP2"), null, Fixtures.yearly("365"), LocalDate.of(2025, 4, 15))
                .orElseThrow();
        assertEquals(DeliveryNoteKind.CHARGE, added.kind());
        assertEquals(new BigDecimal("261.00"), added.prorating().amount());
        assertEquals(LocalDate.of(2025, 4, 15), added.line().getCoveredFrom());

        Fixtures.identifyLines(contract);
        long firstLine = contract.getLines().get(0).getId();
        MidTermChange removed =
                contract.removeLine(firstLine, LocalDate.of(2025, 7, 1)).orElseThrow();
        assertEquals(DeliveryNoteKind.CREDIT, removed.kind());
        assertEquals(184, removed.prorating().remainingDays());
        assertEquals(new BigDecimal("368.00"), removed.prorating().amount(), "730 × 184 / 365");
        assertEquals(LocalDate.of(2025, 7, 1), contract.line(firstLine).getRemovedOn());
        assertEquals(new BigDecimal("365.00"), contract.getValue(), "only the line still covered counts");
    }

    @Test
    void aLineAddedAndRemovedTheSameDayNetsToZero() {
        Contract contract = Fixtures.quote(Fixtures.fullService(), LocalDate.of(2025, 1, 1));
        contract.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly("500"), null);
        contract.confirm(LocalDate.of(2025, 1, 1), null);

        MidTermChange added = contract.addLine(
                        null, Fixtures.item("CP2"), null, Fixtures.yearly("999.99"), LocalDate.of(2025, 9, 9))
                .orElseThrow();
        Fixtures.identifyLines(contract);
        MidTermChange removed = contract.removeLine(added.line().getId(), LocalDate.of(2025, 9, 9))
                .orElseThrow();

        assertEquals(0, added.prorating().amount().compareTo(removed.prorating().amount()));
        assertEquals(DeliveryNoteKind.CREDIT, removed.kind());
    }

    @Test
    void changesOutsideTheTermOrBeforeTheLineStartedAreRefused() {
        Contract contract = Fixtures.quote(Fixtures.fullService(), LocalDate.of(2025, 1, 1));
        contract.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly("500"), null);
        contract.confirm(LocalDate.of(2025, 1, 1), null);
        ValidationException outside = assertThrows(
                ValidationException.class,
                () -> contract.addLine(
                        null, Fixtures.item("CP2"), null, Fixtures.yearly("100"), LocalDate.of(2026, 1, 1)));
        assertEquals("date", outside.getErrors().get(0).field());

        MidTermChange added = contract.addLine(
                        null, Fixtures.item("CP2"), null, Fixtures.yearly("100"), LocalDate.of(2025, 6, 1))
                .orElseThrow();
        Fixtures.identifyLines(contract);
        ValidationException early = assertThrows(
                ValidationException.class,
                () -> contract.removeLine(added.line().getId(), LocalDate.of(2025, 5, 31)));
        assertEquals("date", early.getErrors().get(0).field());
    }

    @Test
    void warrantyLinesMakeNoBillableNote() {
        Contract contract = Contract.quote(
                Fixtures.warranty(),
                Fixtures.customer("501.00002"),
                "GAR/2025/00001",
                Fixtures.yearFrom(LocalDate.of(2025, 1, 1)),
                null,
                LocalDate.of(2025, 1, 1));
        contract.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly("500"), null);
        contract.confirm(LocalDate.of(2025, 1, 1), null);
        MidTermChange added = contract.addLine(
                        null, Fixtures.item("CP2"), null, Fixtures.yearly("100"), LocalDate.of(2025, 6, 1))
                .orElseThrow();
        assertEquals(false, added.isBillable());
        assertEquals(0, contract.getValue().signum());
        assertEquals(0, contract.getInstalments().size(), "nothing to bill on a warranty");
    }
}
