package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The customers.csv drop folder inside the deployed application, on PostgreSQL (X1). */
class CustomerDropFolderIT extends DeployedAssisto {

    private static final Path INBOX = Path.of(System.getProperty("test.erp.inbox"), "customers");
    private static final String FILE = "codice;ragione_sociale;partita_iva;codice_fiscale;indirizzo;cap;localita;"
            + "provincia;email;pec;codice_sdi;cod_pagamento\n"
            + "601.00001;Drop Folder Uno S.r.l.;01234567897;;Via Roma 1;20121;Milano;MI;uno@example.it;;;RB30\n"
            + "601.00002;Drop Folder Due S.p.A.;99999999999;;Via Roma 2;20121;Milano;MI;;;;RB30\n"
            + "501.00003;Renamed by the ERP S.r.l.;;;Via Nuova 3;10121;Torino;TO;;;;RB60\n";

    @Test
    void importsGoodRowsRejectsBadOnesAndIgnoresARepeat() throws Exception {
        Api office = Api.as("office");
        String report = drop("customers.csv", 1);
        assertTrue(report.contains("1 inserted, 1 updated, 0 unchanged, 1 rejected"), report);
        assertTrue(report.contains("line 3: vatNumber '99999999999' is not a valid VAT number"), report);

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

        String second = drop("customers.csv", 2);
        assertTrue(second.contains("0 inserted, 0 updated, 2 unchanged, 1 rejected"), second);
        assertEquals(
                renamedVersion,
                office.get("customers?code=501.00003")
                        .json()
                        .get("items")
                        .get(0)
                        .get("version")
                        .asLong(),
                "a repeated file changes nothing");
        assertEquals(
                0, office.get("customers?code=601.00002").json().get("items").size());

        String metrics = Operations.get("metrics?scope=application");
        assertTrue(
                metrics.contains(
                                "assisto_customer_import_rows_total{mp_scope=\"application\",outcome=\"rejected\"} 2.0")
                        || metrics.contains(
                                "assisto_customer_import_rows_total{outcome=\"rejected\",mp_scope=\"application\"} 2.0"),
                metrics);
    }

    private String drop(String name, int expectedReports) throws IOException, InterruptedException {
        Files.createDirectories(INBOX);
        Path part = INBOX.resolve(name + ".part");
        Files.writeString(part, FILE, StandardCharsets.UTF_8);
        Files.move(part, INBOX.resolve(name));
        long deadline = System.currentTimeMillis() + 60_000;
        List<Path> reports = List.of();
        while (System.currentTimeMillis() < deadline) {
            reports = reports();
            if (reports.size() >= expectedReports) {
                Thread.sleep(200);
                return Files.readString(reports.get(expectedReports - 1));
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no report in done/ after 60 s; reports: " + reports);
    }

    private static List<Path> reports() throws IOException {
        Path done = INBOX.resolve("done");
        if (!Files.isDirectory(done)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.filter(file -> file.toString().endsWith(".report.txt"))
                    .sorted()
                    .toList();
        }
    }
}
