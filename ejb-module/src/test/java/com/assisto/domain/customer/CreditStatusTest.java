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
}
