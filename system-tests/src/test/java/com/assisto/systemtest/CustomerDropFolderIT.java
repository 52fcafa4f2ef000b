package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The customers' drop folder inside the deployed application, on PostgreSQL (X1, X4). */
class CustomerDropFolderIT extends DeployedAssisto {

    private static final DropFolder INBOX = DropFolder.of("customers");
    private static final String HEADER = "codice;ragione_sociale;partita_iva;codice_fiscale;indirizzo;cap;localita;"
            + "provincia;email;pec;codice_sdi;cod_pagamento\n";
    private static final String FILE = HEADER
            + "601.00001;Drop Folder Uno S.r.l.;01234567897;;Via Roma 1;20121;Milano;MI;uno@example.it;;;RB30\n"
            + "601.00002;Drop Folder Due S.p.A.;99999999999;;Via Roma 2;20121;Milano;MI;;;;RB30\n"
            + "501.00003;Renamed by the ERP S.r.l.;;;Via Nuova 3;10121;Torino;TO;;;;RB60\n";

    @Test
    void importsGoodRecordsKeepsBadOnesAsDeadLettersAndIgnoresARepeat() throws Exception {
        Api office = Api.as("office");
        String report = INBOX.drop("customers.csv", FILE);
        assertTrue(report.contains("3 received, 2 applied, 0 unchanged, 1 rejected"), report);
        JsonNode dead = office.get("erp/exchanges/" + DropFolder.exchangeId(report))
                .json()
                .get("deadLetters");
        assertEquals(1, dead.size(), dead.toString());
        assertEquals(3, dead.get(0).get("line").asInt());
        assertTrue(
                dead.get(0).get("reason").asText().contains("partita_iva '99999999999' is not a valid VAT number"),
                dead.toString());

        JsonNode imported =
                office.get("customers?code=601.00001").json().get("items").get(0);
        assertEquals("Drop Folder Uno S.r.l.", imported.get("name").asText());
        JsonNode renamed =
                office.get("customers?code=501.00003").json().get("items").get(0);
        assertEquals("Renamed by the ERP S.r.l.", renamed.get("name").asText());
        long renamedVersion = renamed.get("version").asLong();
        String legalRepresentative = office.get("customers/" + renamed.get("id").asLong())
                .json()
                .get("legalRepresentative")
                .asText();
        assertTrue(!legalRepresentative.isBlank(), "the ERP does not erase what only Assisto knows");

        String again = INBOX.drop("customers-again.csv", FILE);
        assertTrue(again.contains("already received (same content), nothing done"), again);

        String next = INBOX.drop(
                "customers-next.csv",
                FILE + "601.00004;Drop Folder Quattro S.r.l.;;;Via Roma 4;20121;Milano;MI;;;;RB30\n");
        assertTrue(next.contains("4 received, 1 applied, 2 unchanged, 1 rejected"), next);
        assertEquals(
                renamedVersion,
                office.get("customers?code=501.00003")
                        .json()
                        .get("items")
                        .get(0)
                        .get("version")
                        .asLong(),
                "an unchanged record changes nothing");
        assertEquals(
                0, office.get("customers?code=601.00002").json().get("items").size());
    }
}
