package com.assisto.integration.erp.mexal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.integration.erp.exchange.Parsed;
import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Mexal's clienti, from the WebAPI's JSON and from a dead letter's line. */
class MexalCustomersTest {

    @Test
    void aWebApiRecordIsTheRegistryTheErpKeeps() {
        Parsed<CustomerRegistry> parsed = MexalCustomers.fromJson(Json.createReader(
                        new StringReader("{\"codice\": \"501.00009\", \"ragione_sociale\": \"Lario Impianti S.r.l.\","
                                + " \"partita_iva\": \"01234567897\", \"indirizzo\": \"Via Statale 12\", \"cap\": 22100,"
                                + " \"localita\": \"Como\", \"provincia\": \"co\", \"email\": \"Info@Lario.example\","
                                + " \"cod_pagamento\": \"RB30\", \"dt_mod\": \"20261201\"}"))
                .readObject());

        assertTrue(parsed.readable());
        assertEquals("501.00009", parsed.key());
        CustomerRegistry registry = parsed.record();
        assertEquals("Lario Impianti S.r.l.", registry.name());
        assertEquals("22100", registry.address().getPostalCode(), "a number the ERP wrote as a number");
        assertEquals("CO", registry.address().getProvince());
        assertEquals("info@lario.example", registry.email());
        assertNull(registry.taxCode(), "a field the ERP left out is empty");
        assertNull(registry.legalRepresentative(), "the ERP does not keep it");
        assertTrue(registry.errors().isEmpty(), registry.errors().toString());
    }

    @Test
    void aDeadLettersLineIsReadWithTheLayoutsColumns() {
        Parsed<CustomerRegistry> parsed =
                MexalCustomers.line("501.00010;Verdi & Figli;;;Via Verdi 3;40121;Bologna;BO;;;;RD");

        assertEquals("501.00010", parsed.key());
        assertEquals("Bologna", parsed.record().address().getCity());
        assertEquals("RD", parsed.record().paymentTerms());
    }
}
