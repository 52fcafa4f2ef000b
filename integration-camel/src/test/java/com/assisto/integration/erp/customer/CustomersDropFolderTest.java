package com.assisto.integration.erp.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.application.customer.CustomerImportService;
import com.assisto.domain.customer.CustomerImport;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.Rejection;
import com.assisto.integration.erp.exchange.DropFolderRoute;
import com.assisto.integration.erp.exchange.InMemoryJournal;
import com.assisto.integration.erp.exchange.InboundRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The customers' drop folder (X1, X3, X4), with real files and the Mexal translator, without a
 * server: the common drop-folder route, the exchange log and the dead letters kept in memory.
 */
class CustomersDropFolderTest extends CamelTestSupport {

    private static final String HEADER = "codice;ragione_sociale;partita_iva;codice_fiscale;indirizzo;cap;localita;"
            + "provincia;email;pec;codice_sdi;cod_pagamento\n";
    private static final String GOOD_AND_BAD = HEADER
            + "501.00001;Rossi Impianti S.r.l.;01234567897;01234567897;Via Roma 1;20121;Milano;MI;info@rossi.it;rossi@pec.it;M5UXCR1;RB30\n"
            + "501.00002;Bianchi Service S.p.A.;IT12345678903;;Corso Italia 5;10121;Torino;TO;;;;RB60\n"
            + "501.00003;Verdi & Figli;12345678901;;Via Verdi 3;40121;Bologna;BO;;;;\n"
            + "501.00004;;;;Via Dante 9;50121;Firenze;FI;;;;\n"
            + "501.00005;Short row;only three\n"
            + "501.00006;Gallo Ristorazione S.n.c.;;;Piazza Duomo 1;20121;milano;mi;not-an-email;;;RD\n"
            + "501.00001;Rossi Impianti again;;;;;;;;;;\n"
            + "501.00007;Colombo Hotel S.r.l.;DE123456789;;Via Lago 2;22100;Como;CO;booking@colombo.it;;;BB30FM\n";

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryJournal journal = new InMemoryJournal();
    private Path inbox;

    @Override
    protected RouteBuilder createRouteBuilder() {
        context.getRegistry().bind(DropFolderRoute.FILE_LOCKS, new MemoryIdempotentRepository());
        context.getRegistry().bind(DropFolderRoute.RECEIVED, new MemoryIdempotentRepository());
        CustomerImportService service = new CustomerImportService() {
            @Override
            public BatchOutcome apply(List<CustomerRegistry> records) {
                return new CustomerImport(customers).apply(records);
            }
        };
        return new DropFolderRoute<>(new InboundRun(journal), journal, new CustomersFlow(service));
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        // called from the superclass constructor, before field initialisers run
        inbox = Path.of("target", "route-test-inbox", String.valueOf(System.nanoTime()));
        Properties properties = new Properties();
        properties.setProperty("erp.customers.inbox", inbox.toAbsolutePath().toString());
        configuration.withUseOverridePropertiesWithPropertiesComponent(properties);
    }

    @Test
    void goodRecordsAreKeptAndBadOnesBecomeDeadLettersWithTheirLineAndReason() throws Exception {
        drop("customers.csv", GOOD_AND_BAD);

        String report = onlyReport("done");
        assertEquals(List.of("501.00001", "501.00002", "501.00007"), List.copyOf(customers.byCode.keySet()));
        assertEquals("Milano", customers.byCode.get("501.00001").getCity());
        assertTrue(report.contains("8 received, 3 applied, 0 unchanged, 5 rejected"), report);
        assertEquals(new ExchangeCounts(8, 3, 0, 5, 0), journal.onlyRun().counts);
        assertEquals(
                List.of(
                        "line 4: partita_iva '12345678901' is not a valid VAT number",
                        "line 5: ragione_sociale is required",
                        "line 6: has 3 fields, the layout has 12",
                        "line 7: email 'not-an-email' is not an e-mail address",
                        "line 8: the customer 501.00001 appears twice in the same block: the first record counts"),
                journal.deadLetters().stream()
                        .sorted((a, b) -> Long.compare(a.line(), b.line()))
                        .map(letter -> letter.reason().text(Locale.ENGLISH))
                        .toList());
        Rejection shortRow = journal.deadLetters().stream()
                .filter(letter -> letter.line() == 6)
                .findFirst()
                .orElseThrow();
        assertEquals("501.00005;Short row;only three", shortRow.payload(), "the line kept as the ERP wrote it");
        assertEquals("501.00005", shortRow.key());
        assertEquals(1, filesIn("done", ".csv").size(), "the file is archived in done/");
        assertTrue(filesIn("failed", "").isEmpty());
    }

    @Test
    void theSameFileDroppedAgainIsADuplicateAndChangesNothing() throws Exception {
        drop("customers.csv", GOOD_AND_BAD);
        onlyReport("done");
        long versionBefore = customers.byCode.get("501.00002").getVersion();

        drop("customers-again.csv", GOOD_AND_BAD);

        String second = Files.readString(filesIn("done", ".report.txt").get(1));
        assertTrue(second.contains("already received (same content), nothing done"), second);
        assertEquals(InMemoryJournal.Outcome.DUPLICATE, journal.runs().get(1).outcome);
        assertEquals(5, journal.deadLetters().size(), "no dead letter twice");
        assertEquals(versionBefore, customers.byCode.get("501.00002").getVersion());
    }

    @Test
    void aChangedRecordUpdatesTheKnownCustomerAndAnUnchangedOneIsCountedSo() throws Exception {
        drop("customers.csv", GOOD_AND_BAD);
        onlyReport("done");

        drop(
                "customers-update.csv",
                HEADER
                        + "501.00002;Bianchi Service S.p.A.;IT12345678903;;Via Nizza 40;10126;Torino;TO;;;;RB60\n"
                        + "501.00007;Colombo Hotel S.r.l.;DE123456789;;Via Lago 2;22100;Como;CO;booking@colombo.it;;;BB30FM\n");

        String second = Files.readString(filesIn("done", ".report.txt").get(1));
        assertTrue(second.contains("2 received, 1 applied, 1 unchanged, 0 rejected"), second);
        assertEquals(
                "Via Nizza 40",
                customers.byCode.get("501.00002").getBillingAddress().getStreet());
    }

    @Test
    void aFileWithTheWrongHeaderIsRefusedWhole() throws Exception {
        drop("customers.csv", "code;name\n501.00001;Rossi\n");

        String report = onlyReport("failed");
        assertTrue(report.contains("refused and nothing was imported"), report);
        assertTrue(report.contains("codice"), report);
        assertTrue(customers.byCode.isEmpty());
        assertEquals(1, filesIn("failed", ".csv").size(), "the file is kept in failed/");
    }

    @Test
    void aLineThatIsNotUtf8IsADeadLetterAndTheOthersAreKept() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(HEADER.getBytes(StandardCharsets.UTF_8));
        file.write(
                "501.00009;Caffè Sport S.n.c.;;;Via Po 2;10123;Torino;TO;;;;\n".getBytes(StandardCharsets.ISO_8859_1));
        file.write("501.00008;Società Alfa S.r.l.;;;Via Roma 1;20121;Milano;MI;;;;\n".getBytes(StandardCharsets.UTF_8));

        drop("customers.csv", file.toByteArray());

        String report = onlyReport("done");
        assertTrue(report.contains("2 received, 1 applied, 0 unchanged, 1 rejected"), report);
        assertEquals(2L, journal.deadLetters().get(0).line());
        assertTrue(
                journal.deadLetters().get(0).reason().text(Locale.ENGLISH).contains("0xE8"),
                journal.deadLetters().get(0).reason().text(Locale.ENGLISH));
        assertEquals(List.of("501.00008"), List.copyOf(customers.byCode.keySet()));
        assertEquals("Società Alfa S.r.l.", customers.byCode.get("501.00008").getName());
    }

    private void drop(String name, String content) throws IOException {
        drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void drop(String name, byte[] content) throws IOException {
        NotifyBuilder done = new NotifyBuilder(context).whenDone(1).create();
        Files.createDirectories(inbox);
        Path temporary = inbox.resolve(name + ".part");
        Files.write(temporary, content);
        Files.move(temporary, inbox.resolve(name));
        assertTrue(done.matches(20, TimeUnit.SECONDS), "the route picked the file up");
        // the archive move happens as the exchange completes; wait until the inbox is empty
        long deadline = System.currentTimeMillis() + 5000;
        while (Files.exists(inbox.resolve(name)) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
    }

    private String onlyReport(String folder) throws IOException {
        List<Path> reports = filesIn(folder, ".report.txt");
        assertEquals(1, reports.size(), "one report in " + folder + "/");
        return Files.readString(reports.get(0));
    }

    private List<Path> filesIn(String folder, String suffix) throws IOException {
        Path dir = inbox.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)
                            && (!suffix.equals(".csv")
                                    || !file.getFileName().toString().endsWith(".report.txt")))
                    .sorted()
                    .toList();
        }
    }
}
