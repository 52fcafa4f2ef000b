package com.assisto.integration.erp.mexal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.assisto.domain.item.StockReport;
import com.assisto.integration.erp.exchange.Parsed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MexalStockCsvTest {

    private static List<Parsed<StockReport>> read(String text) {
        Iterator<Parsed<StockReport>> records =
                MexalStockCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<Parsed<StockReport>> all = new ArrayList<>();
        records.forEachRemaining(all::add);
        return all;
    }

    @Test
    void readsItalianDecimalsIsoAndMexalDatesAndTheExpectedArrival() {
        List<Parsed<StockReport>> records =
                read("cod_articolo;id_magazzino;giacenza;qta_ord_for;qta_ord_imp;dt_mod_ult_doc;dt_arrivo\n"
                        + "TN-1;1;1.234,5;10;2;20261130;20270115\n");
        StockReport report = records.get(0).record();
        assertEquals(new BigDecimal("1234.500"), report.onHand());
        assertEquals(new BigDecimal("10.000"), report.onOrder());
        assertEquals(LocalDate.of(2027, 1, 15), report.expectedOn());
        assertEquals("TN-1@1", records.get(0).key());
        assertEquals(2L, records.get(0).line());
    }

    @Test
    void aBadNumberOrWidthIsNamedAndKeepsTheLineAsSent() {
        List<Parsed<StockReport>> records =
                read("cod_articolo;id_magazzino;giacenza;qta_ord_for;qta_ord_imp;dt_mod_ult_doc\n"
                        + "TN-1;1;tanti;0;0;2026-11-30\n"
                        + "TN-2;1;4\n");
        assertFalse(records.get(0).readable());
        assertEquals(
                "giacenza 'tanti' is not a number like 12.5",
                records.get(0).problem().text(Locale.ENGLISH));
        assertEquals("TN-1;1;tanti;0;0;2026-11-30", records.get(0).payload());
        assertEquals("has 3 fields, the layout has 6", records.get(1).problem().text(Locale.ENGLISH));
    }

    @Test
    void aDeadLettersLineIsReadWithoutItsHeaderAndWithoutALineNumber() {
        Parsed<StockReport> replayed = MexalStockCsv.line("TN-1;2;4;0;0;2026-11-30;");
        assertEquals(new BigDecimal("4.000"), replayed.record().onHand());
        assertNull(replayed.line());
        assertEquals("2", replayed.record().warehouse());
    }
}
