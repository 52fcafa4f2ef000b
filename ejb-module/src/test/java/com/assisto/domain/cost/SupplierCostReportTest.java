package com.assisto.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupplierCostReportTest {

    @Test
    void aLineMustSayWhatItIsACostOf() {
        SupplierCostReport unassigned = new SupplierCostReport(
                "F001", "FA-1", LocalDate.of(2026, 11, 20), 1, "Filtri", BigDecimal.TEN, " ", null);
        assertEquals(
                "contratto is required: name the contract, the equipment's serial number (matricola), or both",
                unassigned.problem().orElseThrow().text(Locale.ENGLISH));
        assertTrue(new SupplierCostReport(
                        "F001", "FA-1", LocalDate.of(2026, 11, 20), 1, null, BigDecimal.TEN, null, "SN-1")
                .problem()
                .isEmpty());
    }

    @Test
    void theKeyIsTheErpsAndTheAmountIsMoney() {
        SupplierCostReport line = new SupplierCostReport(
                "F001", "FA-1", LocalDate.of(2026, 11, 20), 2, "Trasporto", new BigDecimal("25.005"), "C-1", null);
        assertEquals("F001/FA-1/2026-11-20/2", line.key());
        assertEquals(new BigDecimal("25.01"), line.amount());
    }
}
