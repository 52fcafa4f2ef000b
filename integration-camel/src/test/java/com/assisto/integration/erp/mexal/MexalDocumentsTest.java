package com.assisto.integration.erp.mexal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.application.exchange.OutboundMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MexalDocumentsTest {

    private static final OutboundMessage INSTALMENT = new OutboundMessage(
            1L,
            "INSTALMENT",
            "C-2026-0001#3",
            "{\"contract\":\"C-2026-0001\",\"customer\":\"501.00001\",\"sequence\":3,\"dueDate\":\"2026-12-01\","
                    + "\"periodFrom\":\"2026-12-01\",\"periodTo\":\"2027-02-28\",\"amount\":261,\"paymentTerms\":\"RB30\"}",
            0);

    @Test
    void anInstalmentIsARataWithWebApiDatesAndTheReferenceAsKey() {
        JsonObject json = Json.createReader(new StringReader(MexalDocuments.json(INSTALMENT)))
                .readObject();
        assertEquals("C-2026-0001#3", json.getString("riferimento"));
        assertEquals("RATA", json.getString("tipo"));
        assertEquals("501.00001", json.getString("cod_cliente"));
        assertEquals("20261201", json.getString("data_documento"));
        assertEquals("RB30", json.getString("cod_pagamento"));
        assertEquals("261.00", json.getJsonNumber("totale").toString());
        assertEquals(
                "Contratto C-2026-0001 rata 3 dal 2026-12-01 al 2027-02-28",
                json.getJsonArray("righe").getJsonObject(0).getString("descrizione"));
    }

    @Test
    void aDeliveryNoteIsABollaLineWithItsItemQuotedWhereNeeded() {
        OutboundMessage note = new OutboundMessage(
                2L,
                "DELIVERY_NOTE",
                "DN-7",
                "{\"number\":\"DN-7\",\"date\":\"2026-12-02\",\"kind\":\"CREDIT\",\"contract\":\"C-1\",\"customer\":\"501.00002\","
                        + "\"description\":\"Toner; nero\",\"item\":\"TN-1\",\"amount\":-35.5}",
                0);
        assertEquals(
                "DN-7;BOLLA;501.00002;2026-12-02;C-1;TN-1;\"Toner; nero\";1;-35.50;-35.50",
                MexalDocuments.csvLine(note));
    }

    @Test
    void aTypeMexalHasNoDocumentForIsRefused() {
        OutboundMessage unknown = new OutboundMessage(3L, "SOMETHING", "X", "{\"amount\":1}", 0);
        assertThrows(IllegalArgumentException.class, () -> MexalDocuments.json(unknown));
    }

    @Test
    void theBookedIdIsReadFromTheAnswer() {
        assertEquals("DOC-000001", MexalDocuments.bookedId("{\"id_documento\":\"DOC-000001\",\"riferimento\":\"X\"}"));
    }
}
