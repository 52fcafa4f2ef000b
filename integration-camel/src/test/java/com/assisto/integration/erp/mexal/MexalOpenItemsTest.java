package com.assisto.integration.erp.mexal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.customer.OpenItemReport;
import com.assisto.domain.customer.PaymentState;
import com.assisto.integration.erp.exchange.Parsed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MexalOpenItemsTest {

    private static final String HEADER =
            "codice;data_documento;serie;numero;rata;dt_scadenza;importo;stato_pagamento\n";

    private static List<Parsed<OpenItemReport>> read(String text) {
        List<Parsed<OpenItemReport>> all = new ArrayList<>();
        MexalOpenItems.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .forEachRemaining(all::add);
        return all;
    }

    @Test
    void readsAnInstalmentWithMexalsDatesDecimalsAndStateLetters() {
        List<Parsed<OpenItemReport>> records = read(HEADER
                + "501.00001;20260930;A;118;2;20261130;1.200,50;I\n"
                + "501.00001;2026-09-30;;119;1;2026-10-31;80;pagata\n");
        OpenItemReport returned = records.get(0).record();
        assertEquals("501.00001", returned.customerCode());
        assertEquals(LocalDate.of(2026, 9, 30), returned.documentDate());
        assertEquals(2, returned.instalment());
        assertEquals(new BigDecimal("1200.50"), returned.amount());
        assertEquals(PaymentState.UNPAID, returned.state());
        assertEquals("501.00001/20260930/A/118/2", records.get(0).key());
        assertEquals(PaymentState.PAID, records.get(1).record().state());
        assertEquals("", records.get(1).record().series());
    }

    @Test
    void aRowThatCannotBeReadSaysWhichColumnAndKeepsItsLine() {
        List<Parsed<OpenItemReport>> records = read(HEADER
                + "501.00001;20260930;A;118;1;20261130;100;X\n"
                + "501.00001;20260930;A;118;1.5;20261130;100;A\n"
                + "501.00001;20260930;A;118\n");
        assertFalse(records.get(0).readable());
        assertEquals(
                "stato_pagamento 'X' is not a payment state (A, P, I)",
                records.get(0).problem().text(Locale.ENGLISH));
        assertTrue(records.get(1).problem().text(Locale.ENGLISH).startsWith("rata '1.5' is not a number"));
        assertEquals(4L, records.get(2).line());
        assertEquals("has 4 fields, the layout has 8", records.get(2).problem().text(Locale.ENGLISH));
    }

    @Test
    void aDeadLettersLineReadsAloneForItsReplay() {
        Parsed<OpenItemReport> line = MexalOpenItems.line("501.00001;20260930;A;118;2;20261130;400;A");
        assertTrue(line.readable());
        assertEquals(PaymentState.OPEN, line.record().state());
    }
}
