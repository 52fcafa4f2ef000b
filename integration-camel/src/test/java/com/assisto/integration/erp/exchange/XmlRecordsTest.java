package com.assisto.integration.erp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.customer.OpenItemReport;
import com.assisto.domain.customer.PaymentState;
import com.assisto.integration.erp.openitem.OpenItemsFlow;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class XmlRecordsTest {

    private static final OpenItemsFlow OPEN_ITEMS = new OpenItemsFlow(null);

    private static List<Parsed<OpenItemReport>> read(String xml) {
        Iterator<Parsed<OpenItemReport>> records =
                XmlRecords.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), OPEN_ITEMS);
        List<Parsed<OpenItemReport>> all = new ArrayList<>();
        records.forEachRemaining(all::add);
        return all;
    }

    @Test
    void eachChildOfTheRootIsARecordAndARepeatedFieldIsAList() {
        List<Parsed<OpenItemReport>> records = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <scadenzario>
                  <fattura>
                    <codice>501.00001</codice><data_documento>20260930</data_documento><serie>A</serie>
                    <numero>118</numero>
                    <dt_sca_pg>20261031</dt_sca_pg><dt_sca_pg>20261130</dt_sca_pg>
                    <imp_scadenza>400,00</imp_scadenza><imp_scadenza>400,00</imp_scadenza>
                    <stato_pagamento>P</stato_pagamento><stato_pagamento>I</stato_pagamento>
                  </fattura>
                  <fattura>
                    <codice>501.00002</codice><data_documento>2026-10-15</data_documento><numero>131</numero>
                    <dt_sca_pg>2026-11-15</dt_sca_pg><imp_scadenza>980</imp_scadenza><stato_pagamento>A</stato_pagamento>
                  </fattura>
                </scadenzario>
                """);
        assertEquals(3, records.size());
        assertEquals(PaymentState.PAID, records.get(0).record().state());
        assertEquals(PaymentState.UNPAID, records.get(1).record().state());
        assertEquals(2, records.get(1).record().instalment());
        assertEquals(3L, records.get(0).line(), "a record keeps the line it starts on");
        OpenItemReport single = records.get(2).record();
        assertEquals(new BigDecimal("980.00"), single.amount());
        assertEquals(1, single.instalment());
        assertEquals(10L, records.get(2).line());
        assertTrue(records.get(2).payload().startsWith("{"), "the payload is the record's JSON, for a replay");
    }

    @Test
    void aBadValueIsABadRecordAndTheOthersGoOn() {
        List<Parsed<OpenItemReport>> records = read("<s><r><codice>C</codice><data_documento>x</data_documento>"
                + "<numero>1</numero><dt_sca_pg>20261101</dt_sca_pg><imp_scadenza>1</imp_scadenza>"
                + "<stato_pagamento>A</stato_pagamento></r></s>");
        assertFalse(records.get(0).readable());
        assertTrue(records.get(0).problem().text(Locale.ENGLISH).startsWith("data_documento 'x' is not a date"));
    }

    @Test
    void anExternalEntityIsRefusedNotFetched() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> read("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<s><r><codice>&x;</codice></r></s>"));
        assertTrue(refused.getMessage().contains("XML"), refused.getMessage());
    }
}
