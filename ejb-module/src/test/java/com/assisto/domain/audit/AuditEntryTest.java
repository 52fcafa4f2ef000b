package com.assisto.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A contract's history reads in the reader's language where the change says it so; older entries as written. */
class AuditEntryTest {

    private static final Instant NOW = Instant.parse("2016-03-01T10:00:00Z");

    @Test
    void aPriceSetByHandReadsInEachLanguageAndInEnglishForTheApi() {
        AuditEntry entry = new AuditEntry(
                "Contract",
                7,
                NOW,
                "office",
                "price changed",
                Message.of("audit.priceOverridden", "Copier", new BigDecimal("700.00"), new BigDecimal("1800.00")));

        assertEquals("Copier: 700.00 → 1,800.00 (manual)", entry.getDetail());
        assertEquals("Copier: 700,00 → 1.800,00 (manuale)", entry.detail().text(Locale.ITALIAN));
    }

    @Test
    void anEntryWrittenAsTextReadsAsWritten() {
        AuditEntry entry =
                new AuditEntry("Contract", 7, NOW, "office", "price changed", "Copier: 700.00 → 800.00 (manual)");

        assertEquals("Copier: 700.00 → 800.00 (manual)", entry.getDetail());
        assertEquals("Copier: 700.00 → 800.00 (manual)", entry.detail().text(Locale.ITALIAN));
        assertNull(new AuditEntry("Contract", 7, NOW, "office", "confirmed", (String) null).detail());
    }

    @Test
    void aDetailTooLongToKeepEncodedIsKeptAsItsEnglishText() {
        String description = "x".repeat(AuditEntry.MAX_DETAIL);

        AuditEntry entry = new AuditEntry(
                "Contract",
                7,
                NOW,
                "office",
                "price changed",
                Message.of("audit.priceOverridden", description, BigDecimal.ONE, BigDecimal.TEN));

        assertEquals(AuditEntry.MAX_DETAIL, entry.getDetail().length());
        assertTrue(entry.getDetail().startsWith("xxx") && entry.getDetail().endsWith("…"), entry.getDetail());
    }
}
