package com.assisto.domain.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoicingResultTest {

    @Test
    void anInstalmentsReferenceNamesItsContractAndSequence() {
        InvoicingResult result = new InvoicingResult("C-2026-0001#3", "D1", "FT/2026/7", LocalDate.of(2026, 12, 1));
        assertEquals(Optional.of(new InvoicingResult.InstalmentReference("C-2026-0001", 3)), result.instalment());
        assertTrue(new InvoicingResult("DN-2026-0004", "D2", "FT/2026/8", LocalDate.of(2026, 12, 1))
                .instalment()
                .isEmpty());
        assertTrue(new InvoicingResult("C-1#x", "D3", "FT/2026/9", LocalDate.of(2026, 12, 1))
                .instalment()
                .isEmpty());
    }

    @Test
    void aResultWithoutItsInvoiceIsRefused() {
        assertEquals(
                "numero_fattura is required; data_fattura is required",
                new InvoicingResult("C-1#1", "D1", " ", null)
                        .problem()
                        .orElseThrow()
                        .text(Locale.ENGLISH));
    }
}
