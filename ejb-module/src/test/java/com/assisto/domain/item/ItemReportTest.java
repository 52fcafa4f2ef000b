package com.assisto.domain.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ItemReportTest {

    private static final ItemTerms ASSISTOS =
            new ItemTerms("Copier", "PZ", new BigDecimal("2500.00"), 24, "NBD", true, 45, true, true);

    @Test
    void theErpsFieldsGoOverAssistosOwnTermsWhichStay() {
        ItemTerms merged =
                new ItemReport("CP0001", "Copier Canon", "PZ", new BigDecimal("2600"), null).merged(ASSISTOS);
        assertEquals("Copier Canon", merged.description());
        assertEquals(new BigDecimal("2600.00"), merged.unitPrice());
        assertEquals(24, merged.warrantyMonths(), "months not sent: Assisto's stay");
        assertEquals("NBD", merged.warrantyUrgency());
        assertEquals(45, merged.warningDays());
        assertTrue(merged.autoRenew() && merged.warrantyConvertible() && merged.serialTracked());
        assertEquals(
                12,
                new ItemReport("CP0001", "Copier", "PZ", BigDecimal.ONE, 12)
                        .merged(ASSISTOS)
                        .warrantyMonths());
    }

    @Test
    void thePriceAsStoredComparesEqualSoARepeatIsUnchanged() {
        assertEquals(ASSISTOS, new ItemReport("CP0001", "Copier", "PZ", new BigDecimal("2500"), 24).merged(ASSISTOS));
    }

    @Test
    void aWrongReportNamesTheErpsColumns() {
        ItemReport report = new ItemReport("CP0001", "", "PIECES-LONG", new BigDecimal("-5"), 300);
        assertEquals(
                "um is longer than 10 characters; descrizione is required; prezzo cannot be negative;"
                        + " mesi_garanzia must be between 0 and 240",
                ItemReport.problem(report.code(), report.newTerms())
                        .orElseThrow()
                        .text(Locale.ENGLISH));
    }
}
