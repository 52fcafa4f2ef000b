package com.assisto.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnLimitsTest {

    private final ColumnLimits limits = new ColumnLimits(Map.of(
            "tariff.name", ColumnLimits.limitOf(Types.VARCHAR, 120, 0).orElseThrow(),
            "tariff_price.price", ColumnLimits.limitOf(Types.NUMERIC, 12, 4).orElseThrow()));

    @Test
    void textLongerThanItsColumnIsNamedWithoutRepeatingIt() {
        String huge = "x".repeat(100_000);
        Message problem = limits.violation("TARIFF", "NAME", huge).orElseThrow();
        assertEquals("must be at most 120 characters long (it has 100000)", problem.text(Locale.ENGLISH));
        assertEquals("può avere al massimo 120 caratteri (ne ha 100000)", problem.text(Locale.ITALIAN));
        assertTrue(limits.violation("tariff", "name", "x".repeat(120)).isEmpty());
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        assertTrue(limits.violation("tariff", "name", "😀".repeat(120)).isEmpty());
    }

    @Test
    void decimalWithTooManyIntegerDigitsIsRefused() {
        assertEquals(
                "must have at most 8 digits before the decimal point (it has 21)",
                limits.violation("tariff_price", "price", new BigDecimal("1e20"))
                        .orElseThrow()
                        .text(Locale.ENGLISH));
        assertTrue(limits.violation("tariff_price", "price", new BigDecimal("99999999.9999"))
                .isEmpty());
        assertTrue(limits.violation("tariff_price", "price", new BigDecimal("-12345678.5"))
                .isEmpty());
        // more decimals than the column keeps are rounded by the database, not refused
        assertTrue(limits.violation("tariff_price", "price", new BigDecimal("0.123456789"))
                .isEmpty());
    }

    @Test
    void columnsWithoutALimitAndOtherTypesPass() {
        assertTrue(limits.violation("tariff", "notes", "x".repeat(10_000)).isEmpty());
        assertTrue(limits.violation("tariff", "name", 42).isEmpty());
        assertTrue(ColumnLimits.limitOf(Types.CLOB, Integer.MAX_VALUE, 0).isEmpty());
        assertTrue(ColumnLimits.limitOf(Types.INTEGER, 10, 0).isEmpty());
    }
}
