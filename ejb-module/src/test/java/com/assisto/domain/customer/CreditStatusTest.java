package com.assisto.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditStatusTest {

    @Test
    void standingFollowsOverdueAndBlock() {
        assertEquals(
                CreditStatus.Standing.OK,
                new CreditStatus(new BigDecimal("100"), BigDecimal.ZERO, false, null).standing());
        assertEquals(
                CreditStatus.Standing.OVERDUE,
                new CreditStatus(new BigDecimal("100"), new BigDecimal("0.01"), false, null).standing());
        assertEquals(
                CreditStatus.Standing.BLOCKED,
                new CreditStatus(BigDecimal.ZERO, BigDecimal.ZERO, true, LocalDate.now()).standing());
    }

    @Test
    void amountsAreMoneyAtTwoDecimals() {
        CreditStatus credit = new CreditStatus(new BigDecimal("1500.005"), new BigDecimal("7"), false, null);
        assertEquals("1500.01", credit.getOpenItems().toPlainString());
        assertEquals("7.00", credit.getOverdueAmount().toPlainString());
    }

    @Test
    void negativeOverdueIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new CreditStatus(BigDecimal.ONE, new BigDecimal("-1"), false, null));
    }

    private static OpenItem item(String number, int instalment, String due, String amount, PaymentState state) {
        return new OpenItem(
                1L,
                new OpenItemReport(
                        "501.00001",
                        LocalDate.of(2026, 9, 30),
                        "A",
                        number,
                        instalment,
                        LocalDate.parse(due),
                        new BigDecimal(amount),
                        state),
                java.time.Instant.EPOCH);
    }

    @Test
    void theInstalmentsGiveTheOpenAndOverdueAmountsOnTheDay() {
        // an invoice of 1,200.00 in three instalments, the first paid, the second due yesterday,
        // the third due next month; and an older invoice's 150.50 not paid yet
        CreditStatus credit = CreditStatus.of(
                java.util.List.of(
                        item("118", 1, "2026-10-31", "400.00", PaymentState.PAID),
                        item("118", 2, "2026-11-30", "400.00", PaymentState.OPEN),
                        item("118", 3, "2026-12-31", "400.00", PaymentState.OPEN),
                        item("97", 1, "2026-08-31", "150.50", PaymentState.OPEN)),
                LocalDate.of(2026, 12, 1));
        assertEquals(new BigDecimal("950.50"), credit.getOpenItems());
        assertEquals(new BigDecimal("550.50"), credit.getOverdueAmount());
        assertEquals(false, credit.isBlocked());
        assertEquals(CreditStatus.Standing.OVERDUE, credit.standing());
        assertEquals(LocalDate.of(2026, 12, 1), credit.getUpdatedOn());
    }

    @Test
    void aReturnedInstalmentBlocksUntilItIsPaid() {
        OpenItem returned = item("118", 2, "2027-01-31", "400.00", PaymentState.UNPAID);
        assertEquals(
                CreditStatus.Standing.BLOCKED,
                CreditStatus.of(java.util.List.of(returned), LocalDate.of(2026, 12, 1))
                        .standing());
        OpenItem paidLater = item("118", 2, "2027-01-31", "400.00", PaymentState.PAID);
        CreditStatus cleared = CreditStatus.of(java.util.List.of(paidLater), LocalDate.of(2026, 12, 1));
        assertEquals(CreditStatus.Standing.OK, cleared.standing());
        assertEquals(new BigDecimal("0.00"), cleared.getOpenItems());
    }

    @Test
    void aWrongReportNamesEveryFieldItMisses() {
        OpenItemReport report = new OpenItemReport("", null, "TOO-LONG-SERIES", "1", 0, null, null, PaymentState.OPEN);
        String problem = report.problem().orElseThrow().text(java.util.Locale.ENGLISH);
        assertEquals(
                "codice is required; data_documento is required; dt_scadenza is required; importo is required;"
                        + " serie is longer than 10 characters; rata must be a number from 1",
                problem);
    }
}
