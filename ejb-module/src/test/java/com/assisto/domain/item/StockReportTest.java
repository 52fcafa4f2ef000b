package com.assisto.domain.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StockReportTest {

    @Test
    void anExpectedDateMeansNothingWithNothingOnOrder() {
        StockReport report =
                new StockReport("A", "W1", new BigDecimal("2"), BigDecimal.ZERO, null, LocalDate.of(2027, 1, 1));
        assertNull(report.expectedOn());
        assertEquals(new BigDecimal("0.000"), report.committed());
    }

    @Test
    void onHandMayBeNegativeButOnOrderAndCommittedMayNot() {
        assertTrue(new StockReport("A", "W1", new BigDecimal("-1"), null, null, null)
                .problem()
                .isEmpty());
        String problem = new StockReport("A", "W1", null, new BigDecimal("-1"), new BigDecimal("-2"), null)
                .problem()
                .orElseThrow()
                .text(Locale.ENGLISH);
        assertEquals("giacenza is required; qta_ord_for cannot be negative; qta_ord_imp cannot be negative", problem);
    }

    @Test
    void aWarehouseCodeLongerThanTheColumnIsRefused() {
        String problem = new StockReport("A", "WAREHOUSE-11", BigDecimal.ONE, null, null, null)
                .problem()
                .orElseThrow()
                .text(Locale.ENGLISH);
        assertEquals("id_magazzino is longer than 10 characters", problem);
    }

    @Test
    void theSameFiguresWithOtherScalesAreUnchanged() {
        StockReport report = new StockReport(
                "A", "W1", new BigDecimal("12.5"), new BigDecimal("3"), BigDecimal.ONE, LocalDate.of(2027, 1, 15));
        assertTrue(report.sameAs(
                new BigDecimal("12.500"), new BigDecimal("3.000"), new BigDecimal("1"), LocalDate.of(2027, 1, 15)));
        assertTrue(!report.sameAs(new BigDecimal("12.500"), new BigDecimal("3.000"), new BigDecimal("1"), null));
    }
}
