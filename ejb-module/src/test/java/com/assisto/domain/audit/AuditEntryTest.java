package com.assisto.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
    void aQuotesCreationReadsInEachLanguageAfterItIsStored() {
        AuditEntry entry = new AuditEntry(
                "Contract",
                7,
                NOW,
                "office",
                "created",
                Message.of("audit.quoteCreated", "FS/2025/00001", "C001", 2, new BigDecimal("1200.00")));

        assertEquals("quote FS/2025/00001 for C001, 2 lines, value 1,200.00", entry.getDetail());
        assertEquals(
                "preventivo FS/2025/00001 per il cliente C001, 2 righe, valore 1.200,00",
                entry.detail().text(Locale.ITALIAN));
        assertEquals("created", entry.getAction(), "the code stays as stored, for the API");
        assertEquals("created", entry.action().text(Locale.ENGLISH));
        assertEquals("creazione", entry.action().text(Locale.ITALIAN));
    }

    @Test
    void anUpdateListsEachChangeWithTheFieldInTheReadersLanguage() {
        Message changes = AuditTexts.joined(List.of(
                AuditTexts.change(AuditTexts.field("startDate"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)),
                AuditTexts.change(AuditTexts.field("autoRenew"), true, false),
                AuditTexts.change(Message.of("audit.field.customField", "level"), null, "Gold")));

        AuditEntry entry = new AuditEntry("Contract", 7, NOW, "office", "updated", changes);

        assertEquals(
                "startDate: 2025-01-01 → 2025-02-01; autoRenew: yes → no; customFields.level: none → Gold",
                entry.getDetail());
        assertEquals(
                "data di inizio: 01/01/2025 → 01/02/2025; rinnovo automatico: sì → no; campo level: nessuno → Gold",
                entry.detail().text(Locale.ITALIAN));
        assertEquals("modifica", entry.action().text(Locale.ITALIAN));
    }

    @Test
    void aRejectionKeepsTheReasonAsTheUserTypedIt() {
        AuditEntry entry = new AuditEntry(
                "Contract",
                7,
                NOW,
                "office",
                "rejected",
                Message.of("audit.onDayBecause", LocalDate.of(2025, 3, 1), "troppo caro, it's too much"));

        assertEquals("on 2025-03-01: troppo caro, it's too much", entry.getDetail());
        assertEquals("il 01/03/2025: troppo caro, it's too much", entry.detail().text(Locale.ITALIAN));
        assertEquals("rifiuto", entry.action().text(Locale.ITALIAN));
    }

    @Test
    void aConfirmationCountsItsInstalments() {
        Message one = Message.of("audit.confirmed", "Q1", LocalDate.of(2025, 3, 1), 1);
        Message many = Message.of("audit.confirmedAsContract", "Q1", LocalDate.of(2025, 3, 1), "FS/2025/00003", 12);

        assertEquals("quote Q1 confirmed on 2025-03-01, 1 instalment", one.toString());
        assertEquals("preventivo Q1 confermato il 01/03/2025, 1 rata", one.text(Locale.ITALIAN));
        assertEquals(
                "quote Q1 confirmed on 2025-03-01 as contract FS/2025/00003, 12 instalments",
                Message.decode(many.encode()).toString());
        assertEquals(
                "preventivo Q1 confermato il 01/03/2025 come contratto FS/2025/00003, 12 rate",
                Message.decode(many.encode()).text(Locale.ITALIAN));
    }

    @Test
    void anIndexValueReadsWithItsMonthAndDecimals() {
        AuditEntry entry = new AuditEntry(
                "PriceIndex",
                3,
                NOW,
                "office",
                "value",
                Message.of(
                        "audit.indexValueProvisional",
                        Figures.month(YearMonth.of(2024, 10)),
                        AuditTexts.value(null),
                        AuditTexts.value(new BigDecimal("113.200"))));

        assertEquals("2024-10: none → 113.200 (provisional)", entry.getDetail());
        assertEquals("10/2024: nessuno → 113,200 (provvisorio)", entry.detail().text(Locale.ITALIAN));
        assertEquals("valore registrato", entry.action().text(Locale.ITALIAN));
    }

    @Test
    void anOldEntryReadsAsWrittenAndAnUnknownActionAsItsCode() {
        AuditEntry entry =
                new AuditEntry("Contract", 7, NOW, "office", "cancelled", "on 2025-03-01: Customer closed the site");
        AuditEntry unknown = new AuditEntry("Contract", 7, NOW, "system", "migrated", (String) null);

        assertEquals("on 2025-03-01: Customer closed the site", entry.getDetail());
        assertEquals("on 2025-03-01: Customer closed the site", entry.detail().text(Locale.ITALIAN));
        assertEquals("annullamento", entry.action().text(Locale.ITALIAN));
        assertEquals("migrated", unknown.action().text(Locale.ITALIAN));
        assertEquals("migrated", unknown.action().text(Locale.ENGLISH));
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
