package com.assisto.systemtest;

import static com.assisto.systemtest.ContractFixtures.created;
import static com.assisto.systemtest.ContractFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract lifecycle on the deployed application over PostgreSQL: index revaluation at
 * renewal (C6, C9), the persistent timer, a renewal run cut off by killing the server (each
 * contract renewed exactly once), warnings mailed once to a real SMTP server (C10, C11), and
 * warranties from an invoice received twice (W1), a two-year term revalued at its anniversary, and
 * a run catching up on years renewing each term in turn.
 *
 * <p>A renewal run takes every contract ended before its date, so each test dates its
 * contracts in its own past year, and the tests run newest year first: no run reaches another
 * test's contracts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleIT extends DeployedAssisto {

    private static final DropFolder INVOICES = DropFolder.of("invoices");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("test.mail.port", 18025), null, ServerSetup.PROTOCOL_SMTP));

    private final Api admin = Api.as("admin");

    private static JsonNode contract(ContractFixtures fixtures, String start, String price, boolean autoRenew) {
        return created(fixtures.office.post(
                "contracts",
                map(
                        "type",
                        fixtures.typeCode,
                        "customerId",
                        fixtures.customerId,
                        "startDate",
                        start,
                        "autoRenew",
                        autoRenew,
                        "confirmed",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(map("itemCode", fixtures.prefix + "-FX", "price", new BigDecimal(price))))));
    }

    /** The renewal run once it is no longer running, as an administrator reads it. */
    static JsonNode waitForRun(long runId) throws InterruptedException {
        Api admin = Api.as("admin");
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode run = admin.get("renewals/runs/" + runId).json();
            if (!"RUNNING".equals(run.get("status").asText())) {
                return run;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("renewal run " + runId + " did not finish");
    }

    private long startRun(String date, String throttle) {
        Api.Reply started = admin.post("renewals/runs?date=" + date + throttle, null);
        assertEquals(202, started.status(), started::toString);
        return started.json().get("id").asLong();
    }

    @Test
    @Order(1)
    void renewalAppliesTheIndexClauseRecordsItAndWaitsWhereTheIndexHasNoValue() throws InterruptedException {
        ContractFixtures fixtures = new ContractFixtures("RN1", "911");
        created(fixtures.office.post(
                "indices",
                map(
                        "code",
                        "T-RN1",
                        "name",
                        "Test FOI",
                        "variationDecimals",
                        1,
                        "bases",
                        List.of(map("label", "2015=100", "from", "2016-01")))));
        Api.Reply imported = fixtures.office.upload(
                "indices/T-RN1/import",
                "month;value;provisional\n2017-11;119.2;false\n2018-11;120.1;\n2018-13;1;false\n2018-10;abc;\n"
                        .getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().get("inserted").asInt());
        assertEquals(
                List.of(4L, 5L),
                StreamSupport.stream(imported.json().get("rejected").spliterator(), false)
                        .map(row -> row.get("line").asLong())
                        .toList());

        JsonNode indexed = contract(fixtures, "2018-01-01", "1200.00", true);
        JsonNode clause = fixtures.office
                .put(
                        "contracts/" + indexed.get("id").asLong() + "/revaluation",
                        map(
                                "version",
                                indexed.get("version").asLong(),
                                "revaluation",
                                map(
                                        "indexCode",
                                        "T-RN1",
                                        "sharePercent",
                                        75,
                                        "decreasesApplied",
                                        false,
                                        "lagMonths",
                                        2)))
                .json();
        assertEquals("T-RN1", clause.get("revaluation").get("indexCode").asText());
        JsonNode unpublished = contract(fixtures, "2018-01-01", "500.00", true);
        fixtures.office.put(
                "contracts/" + unpublished.get("id").asLong() + "/revaluation",
                map(
                        "version",
                        unpublished.get("version").asLong(),
                        "revaluation",
                        map("indexCode", "T-RN1", "sharePercent", 100, "lagMonths", 0)));
        JsonNode preview = fixtures.office
                .get("contracts/" + indexed.get("id").asLong() + "/renewal-preview")
                .json();
        assertEquals("RENEW", preview.get("decision").asText());
        assertEquals(
                0,
                new BigDecimal("1207.20")
                        .compareTo(preview.get("lines").get(0).get("next").decimalValue()),
                preview::toString);

        JsonNode run = waitForRun(startRun("2019-01-01", ""));

        assertEquals("COMPLETED", run.get("status").asText(), run::toString);
        JsonNode outcome = fixtures.office
                .get("contracts/" + indexed.get("id").asLong() + "/renewal-outcomes")
                .json()
                .get(0);
        assertEquals("RENEWED", outcome.get("result").asText());
        JsonNode successor = fixtures.office
                .get("contracts/" + outcome.get("successorId").asLong())
                .json();
        assertEquals("2019-01-01", successor.get("startDate").asText());
        assertEquals("ACTIVE", successor.get("status").asText());
        assertEquals(
                0, new BigDecimal("1207.20").compareTo(successor.get("value").decimalValue()));
        assertEquals(indexed.get("id").asLong(), successor.get("renewalOf").asLong());
        assertEquals(
                "RENEWED",
                fixtures.office
                        .get("contracts/" + indexed.get("id").asLong())
                        .json()
                        .get("status")
                        .asText());
        JsonNode revaluation = fixtures.office
                .get("contracts/" + successor.get("id").asLong() + "/revaluations")
                .json()
                .get(0);
        assertEquals(
                0,
                new BigDecimal("0.6")
                        .compareTo(revaluation.get("appliedPercent").decimalValue()));
        assertEquals(
                0,
                new BigDecimal("1200.00")
                        .compareTo(revaluation.get("amountBefore").decimalValue()));
        assertEquals("2018-11", revaluation.get("toMonth").asText());
        assertEquals(
                Database.count("SELECT COUNT(*) FROM revaluation WHERE run_id = "
                        + run.get("id").asLong()),
                run.get("revalued").asLong(),
                "revaluations at renewal count as revalued: " + run);
        assertTrue(run.get("revalued").asInt() >= 1, run::toString);

        assertEquals(
                "ACTIVE",
                fixtures.office
                        .get("contracts/" + unpublished.get("id").asLong())
                        .json()
                        .get("status")
                        .asText(),
                "without the index value of its reference month the contract waits");
        assertTrue(fixtures.office
                .get("renewals/waiting")
                .json()
                .toString()
                .contains(unpublished.get("number").asText()));

        JsonNode again = waitForRun(admin.post("renewals/runs/" + run.get("id").asLong() + "/rerun", null)
                .json()
                .get("id")
                .asLong());
        assertEquals("COMPLETED", again.get("status").asText());
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM contract WHERE renewal_of = "
                        + indexed.get("id").asLong()));
    }

    @Test
    @Order(2)
    void aRunScheduledOnThePersistentTimerRenewsTheDueContracts() throws InterruptedException {
        ContractFixtures fixtures = new ContractFixtures("RN2", "912");
        JsonNode due = contract(fixtures, "2013-01-01", "300.00", true);

        Api.Reply scheduled = admin.post(
                "renewals/runs/scheduled?date=2014-01-01&at=" + Instant.now().plusSeconds(3), null);
        assertEquals(202, scheduled.status(), scheduled::toString);

        long deadline = System.currentTimeMillis() + 90_000;
        String status = "";
        while (System.currentTimeMillis() < deadline && !"RENEWED".equals(status)) {
            Thread.sleep(500);
            status = fixtures.office
                    .get("contracts/" + due.get("id").asLong())
                    .json()
                    .get("status")
                    .asText();
        }
        assertEquals("RENEWED", status);
        assertTrue(admin.get("renewals/runs").json().toString().contains("\"trigger\":\"SCHEDULED\""));
    }

    @Test
    @Order(3)
    void aRunCutOffByKillingTheServerEndsWithEachContractRenewedExactlyOnce() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("RN3", "913");
        int contracts = 120;
        for (int i = 0; i < contracts; i++) {
            contract(fixtures, "2011-01-01", "100.00", true);
        }
        String ours = "SELECT id FROM contract WHERE customer_id = " + fixtures.customerId
                + " AND start_date = DATE '2011-01-01'";
        String renewed = "SELECT COUNT(*) FROM contract WHERE renewal_of IN (" + ours + ")";

        long runId = startRun("2012-01-01", "&chunkSize=3&pauseMillis=250");
        long deadline = System.currentTimeMillis() + 60_000;
        while (Database.count(renewed) < 9 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        long beforeKill = Database.count(renewed);
        Server.kill();
        assertTrue(beforeKill > 0 && beforeKill < contracts, "killed mid-run after " + beforeKill + " renewals");

        Server.start();
        deadline = System.currentTimeMillis() + 120_000;
        while (Database.count(renewed) < contracts && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }

        assertEquals(contracts, Database.count(renewed), "every contract renewed");
        assertEquals(
                contracts,
                Database.count("SELECT COUNT(DISTINCT renewal_of) FROM contract WHERE renewal_of IN (" + ours + ")"),
                "none renewed twice");
        assertEquals(
                contracts,
                Database.count("SELECT COUNT(*) FROM contract WHERE status = 'RENEWED' AND id IN (" + ours + ")"));
        assertEquals(
                0,
                Database.count("SELECT COUNT(*) FROM (SELECT contract_id FROM renewal_outcome WHERE result"
                        + " = 'RENEWED' AND contract_id IN (" + ours
                        + ") GROUP BY contract_id HAVING COUNT(*) > 1) twice"));
        assertEquals(
                0,
                Database.count("SELECT COUNT(*) FROM renewal_outcome WHERE result = 'RENEWED' AND successor_id"
                        + " IS NULL AND contract_id IN (" + ours + ")"),
                "each outcome names the contract that followed");
        assertEquals(
                "INTERRUPTED",
                admin.get("renewals/runs/" + runId).json().get("status").asText());
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM renewal_run WHERE resumes_run_id = " + runId
                        + " AND run_trigger = 'RESUMED'"));
    }

    @Test
    @Order(4)
    void warningsAreMailedOnceAndTheAdministrationGetsTheTermSummary() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("RN4", "914");
        created(admin.post(
                "users",
                map(
                        "username",
                        "rn4.watch",
                        "fullName",
                        "Watcher",
                        "password",
                        "Watch-password-4",
                        "roles",
                        List.of("TECHNICIAN"))));
        Database.execute("UPDATE app_user SET email = 'watch@example.com' WHERE username = 'rn4.watch'");
        // quoted at 700, set to 800 by hand before confirming: the term summary lists the change
        JsonNode quote = created(fixtures.office.post(
                "contracts",
                map(
                        "type",
                        fixtures.typeCode,
                        "customerId",
                        fixtures.customerId,
                        "startDate",
                        "2015-07-01",
                        "autoRenew",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(map("itemCode", fixtures.prefix + "-FX", "price", new BigDecimal("700.00"))))));
        Api.Reply priced = fixtures.office.put(
                "contracts/" + quote.get("id").asLong() + "/lines/"
                        + quote.get("lines").get(0).get("id").asLong() + "/price",
                map("version", quote.get("version").asLong(), "price", new BigDecimal("800.00")));
        assertEquals(200, priced.status(), priced::toString);
        JsonNode ending = fixtures.confirm(priced.json());
        fixtures.office.put(
                "contracts/" + ending.get("id").asLong() + "/warnings",
                map("version", ending.get("version").asLong(), "responsibleUser", "rn4.watch", "warningDays", 20));
        String number = ending.get("number").asText();

        JsonNode first = admin.post("warnings/runs?date=2016-06-15", null).json();
        JsonNode second = admin.post("warnings/runs?date=2016-06-16", null).json();

        assertTrue(first.get("expiryWarnings").asInt() >= 1, first::toString);
        assertEquals(0, second.get("expiryWarnings").asInt(), second::toString);
        SMTP.waitForIncomingEmail(10_000, 1);
        List<MimeMessage> ours = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> subject(message).contains(number))
                .toList();
        assertEquals(1, ours.size(), "one e-mail for the contract and threshold");
        assertEquals("watch@example.com", ours.get(0).getAllRecipients()[0].toString());
        assertTrue(subject(ours.get(0)).contains("ends on 2016-06-30"), subject(ours.get(0)));
        JsonNode inbox = Api.as("rn4.watch", "Watch-password-4").get("inbox").json();
        assertEquals(1, inbox.size(), inbox::toString);
        assertEquals("EXPIRY", inbox.get(0).get("kind").asText());
        JsonNode summary = java.util.stream.StreamSupport.stream(
                        admin.get("inbox").json().spliterator(), false)
                .filter(message -> message.get("subject").asText().contains("Before renewal: " + number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("administration gets the term summary before renewal"));
        String body = summary.get("body").asText();
        assertTrue(body.contains("Price changes:") && body.contains("700.00 → 800.00 (manual) (office)"), body);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(5)
    void theSameInvoiceReceivedTwiceCreatesItsWarrantiesOnce() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("RN5", "915");
        created(fixtures.office.post(
                "items",
                map(
                        "code",
                        "RN5-LIFT",
                        "description",
                        "Lift RN5",
                        "unitPrice",
                        9000,
                        "warrantyMonths",
                        24,
                        "warrantyUrgency",
                        "4H",
                        "warrantyConvertible",
                        true,
                        "serialTracked",
                        true)));
        created(fixtures.office.post(
                "items",
                map(
                        "code",
                        "RN5-PRN",
                        "description",
                        "Printer RN5",
                        "unitPrice",
                        300,
                        "warrantyMonths",
                        12,
                        "warrantyUrgency",
                        "NBD",
                        "warrantyConvertible",
                        false)));
        String customer = fixtures.office
                .get("customers/" + fixtures.customerId)
                .json()
                .get("code")
                .asText();
        Map<String, Object> invoice = map(
                "number",
                "RN5-INV-1",
                "date",
                "2026-10-01",
                "customerCode",
                customer,
                "lines",
                List.of(
                        map(
                                "lineNumber",
                                1,
                                "itemCode",
                                "RN5-LIFT",
                                "quantity",
                                2,
                                "serialNumbers",
                                List.of("RN5-L1", "RN5-L2")),
                        map("lineNumber", 2, "itemCode", "RN5-PRN", "quantity", 1, "serialNumbers", List.of()),
                        map("lineNumber", 3, "itemCode", "RN5-FX", "quantity", 1, "serialNumbers", List.of())));

        JsonNode first = created(fixtures.office.post("invoices", invoice));
        Api.Reply again = fixtures.office.post("invoices", invoice);

        assertEquals(3, first.get("equipmentCreated").asInt(), first::toString);
        assertEquals(2, first.get("warrantyNumbers").size(), "one warranty per duration, urgency and convertibility");
        assertEquals(200, again.status(), again::toString);
        assertTrue(again.json().get("alreadyReceived").asBoolean());
        assertEquals(first.get("warrantyNumbers"), again.json().get("warrantyNumbers"));
        assertEquals(
                2,
                Database.count("SELECT COUNT(*) FROM contract c JOIN inbound_invoice i ON c.invoice_id = i.id"
                        + " WHERE i.number = 'RN5-INV-1'"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM equipment WHERE serial_number = 'RN5-L1'"));
        JsonNode lift = StreamSupport.stream(
                        fixtures.office
                                .get("contracts?customerId=" + fixtures.customerId + "&warranty=true")
                                .json()
                                .get("items")
                                .spliterator(),
                        false)
                .filter(row -> row.get("endDate").asText().equals("2028-09-30"))
                .findFirst()
                .orElseThrow();
        assertEquals("ACTIVE", lift.get("status").asText());

        Api.Reply bad = fixtures.office.post(
                "invoices",
                map(
                        "number",
                        "RN5-INV-2",
                        "date",
                        "2026-10-02",
                        "customerCode",
                        customer,
                        "lines",
                        List.of(
                                map("lineNumber", 1, "itemCode", "RN5-NONE", "quantity", 1),
                                map(
                                        "lineNumber",
                                        2,
                                        "itemCode",
                                        "RN5-LIFT",
                                        "quantity",
                                        2,
                                        "serialNumbers",
                                        List.of("X")))));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("lines[0].itemCode", "lines[1].serialNumbers"), ContractFixtures.fields(bad.json()));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM inbound_invoice WHERE number = 'RN5-INV-2'"));

        String csv = "invoice;date;customer;line;item;quantity;serials\n"
                + "RN5-INV-3;2026-10-05;" + customer + ";1;RN5-LIFT;1;RN5-L9\n"
                + "RN5-INV-3;2026-10-05;" + customer + ";2;RN5-PRN;2;\n";
        String report = INVOICES.drop("invoices-rn5.csv", csv);
        assertTrue(report.contains("1 received, 1 applied, 0 unchanged, 0 rejected"), report);
        assertTrue(
                INVOICES.drop("invoices-rn5-again.csv", csv).contains("already received (same content)"),
                "the same file again is not read");
        String repeated = INVOICES.drop("invoices-rn5-resent.csv", csv + "\n");
        assertTrue(repeated.contains("1 received, 0 applied, 1 unchanged, 0 rejected"), repeated);

        assertEquals(
                2,
                Database.count("SELECT COUNT(*) FROM contract c JOIN inbound_invoice i ON c.invoice_id = i.id"
                        + " WHERE i.number = 'RN5-INV-3'"));
    }

    @Test
    @Order(5)
    void aSecondInvoiceWithSerialsAlreadyRegisteredIsRefusedAndCreatesNothing() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("RN8", "918");
        created(fixtures.office.post(
                "items",
                map(
                        "code",
                        "RN8-LIFT",
                        "description",
                        "Lift RN8",
                        "unitPrice",
                        9000,
                        "warrantyMonths",
                        24,
                        "warrantyUrgency",
                        "4H",
                        "warrantyConvertible",
                        true,
                        "serialTracked",
                        true)));
        String customer = fixtures.office
                .get("customers/" + fixtures.customerId)
                .json()
                .get("code")
                .asText();
        JsonNode first = created(fixtures.office.post(
                "invoices",
                map(
                        "number",
                        "RN8-INV-1",
                        "date",
                        "2026-10-01",
                        "customerCode",
                        customer,
                        "lines",
                        List.of(map(
                                "lineNumber",
                                1,
                                "itemCode",
                                "RN8-LIFT",
                                "quantity",
                                2,
                                "serialNumbers",
                                List.of("RN8-L1", "RN8-L2"))))));
        String warranty = first.get("warrantyNumbers").get(0).asText();
        long equipment = Database.count("SELECT id FROM equipment WHERE serial_number = 'RN8-L2'");
        String machines = "SELECT COUNT(*) FROM equipment WHERE serial_number LIKE 'RN8-L%'";
        String warranties = "SELECT COUNT(*) FROM contract WHERE customer_id = " + fixtures.customerId
                + " AND invoice_id IS NOT NULL";

        Api.Reply again = fixtures.office.post(
                "invoices",
                map(
                        "number",
                        "RN8-INV-2",
                        "date",
                        "2026-10-09",
                        "customerCode",
                        customer,
                        "lines",
                        List.of(
                                map("lineNumber", 1, "itemCode", "RN8-FX", "quantity", 1),
                                map(
                                        "lineNumber",
                                        2,
                                        "itemCode",
                                        "RN8-LIFT",
                                        "quantity",
                                        2,
                                        "serialNumbers",
                                        List.of("RN8-L3", "RN8-L2")))));

        assertEquals(400, again.status(), again::toString);
        assertEquals(List.of("lines[1].serialNumbers[1]"), ContractFixtures.fields(again.json()));
        assertTrue(
                again.body()
                        .contains("serial RN8-L2 of item RN8-LIFT is already registered (equipment " + equipment
                                + ", warranty " + warranty + ")"),
                again::toString);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM inbound_invoice WHERE number = 'RN8-INV-2'"));

        String csv = "invoice;date;customer;line;item;quantity;serials\n"
                + "RN8-INV-3;2026-10-12;" + customer + ";1;RN8-LIFT;1;RN8-L1\n"
                + "RN8-INV-4;2026-10-12;" + customer + ";1;RN8-LIFT;2;RN8-L5|RN8-L5\n";
        String report = INVOICES.drop("invoices-rn8.csv", csv);
        assertTrue(report.contains("2 received, 0 applied, 0 unchanged, 2 rejected"), report);
        JsonNode dead = fixtures.office
                .get("erp/exchanges/" + DropFolder.exchangeId(report))
                .json()
                .get("deadLetters");
        assertEquals(2, dead.size(), dead.toString());
        assertEquals("RN8-INV-3", dead.get(0).get("key").asText(), dead.toString());
        assertTrue(
                dead.get(0)
                        .get("reason")
                        .asText()
                        .contains("line 2 (serials) serial RN8-L1 of item RN8-LIFT is already registered (equipment "),
                dead.toString());
        assertTrue(
                dead.get(1)
                        .get("reason")
                        .asText()
                        .contains("line 3 (serials) serial number RN8-L5 appears twice in the invoice"),
                dead.toString());
        assertEquals(
                "RN8-INV-4;2026-10-12;" + customer + ";1;RN8-LIFT;2;RN8-L5|RN8-L5",
                dead.get(1).get("payload").asText(),
                "the invoice's rows kept to correct and replay");

        assertEquals(2, Database.count(machines), "no duplicate equipment");
        assertEquals(1, Database.count(warranties), "no second warranty");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM equipment WHERE serial_number = 'RN8-L2'"));
    }

    @Test
    @Order(6)
    void aTwoYearTermIsRevaluedAtItsAnniversaryOnce() throws InterruptedException {
        ContractFixtures fixtures = new ContractFixtures("RN6", "916");
        created(fixtures.office.post(
                "indices",
                map(
                        "code",
                        "T-RN6",
                        "name",
                        "Test index RN6",
                        "variationDecimals",
                        1,
                        "bases",
                        List.of(map("label", "2000=100", "from", "2000-01")))));
        fixtures.office.put(
                "indices/T-RN6/values/2004-12", map("value", new BigDecimal("117.2"), "provisional", false));
        // 24 months from 2005, billed quarterly: eight instalments of 300.00
        JsonNode quote = created(fixtures.office.post(
                "contracts",
                map(
                        "type",
                        fixtures.typeCode,
                        "customerId",
                        fixtures.customerId,
                        "startDate",
                        "2005-01-01",
                        "durationMonths",
                        24,
                        "renewalMonths",
                        24,
                        "billingMonths",
                        3,
                        "autoRenew",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(map("itemCode", "RN6-FX", "price", new BigDecimal("2400.00"))))));
        long id = quote.get("id").asLong();
        JsonNode clause = fixtures.office
                .put(
                        "contracts/" + id + "/revaluation",
                        map(
                                "version",
                                quote.get("version").asLong(),
                                "revaluation",
                                map(
                                        "indexCode",
                                        "T-RN6",
                                        "sharePercent",
                                        75,
                                        "decreasesApplied",
                                        false,
                                        "lagMonths",
                                        1)))
                .json();
        JsonNode contract = fixtures.confirm(clause);
        assertEquals("2006-01-01", contract.get("nextAnniversary").asText(), contract::toString);

        JsonNode waiting = fixtures.office
                .get("contracts/" + id + "/renewal-preview")
                .json()
                .get("anniversary");
        assertEquals(
                "index T-RN6 values of 2004-12 and 2005-12",
                waiting.get("waitingFor").asText(),
                waiting::toString);
        JsonNode early = waitForRun(startRun("2006-01-15", ""));
        assertEquals(1, early.get("waiting").asInt(), early::toString);
        assertEquals(0, early.get("revalued").asInt());

        fixtures.office.put(
                "indices/T-RN6/values/2005-12", map("value", new BigDecimal("119.2"), "provisional", false));
        JsonNode preview = fixtures.office
                .get("contracts/" + id + "/renewal-preview")
                .json()
                .get("anniversary");
        assertEquals(0, new BigDecimal("1215.32").compareTo(preview.get("after").decimalValue()), preview::toString);
        JsonNode run = waitForRun(startRun("2006-01-15", ""));
        JsonNode again = waitForRun(startRun("2006-01-15", ""));

        assertEquals(1, run.get("revalued").asInt(), run::toString);
        assertEquals(0, again.get("revalued").asInt(), "an anniversary is applied once: " + again);
        JsonNode revalued = fixtures.office.get("contracts/" + id).json();
        // +1.7 % at 75 % = 1.275 % on the four quarters of 2006: 300.00 → 303.83
        assertEquals(
                0, new BigDecimal("2415.32").compareTo(revalued.get("value").decimalValue()), revalued::toString);
        assertEquals(
                List.of("300.00", "300.00", "300.00", "300.00", "303.83", "303.83", "303.83", "303.83"),
                StreamSupport.stream(revalued.get("instalments").spliterator(), false)
                        .map(row -> row.get("amount").decimalValue().setScale(2).toPlainString())
                        .toList());
        assertTrue(
                revalued.path("nextAnniversary").isMissingNode()
                        || revalued.get("nextAnniversary").isNull(),
                "the next anniversary is the renewal: " + revalued.get("nextAnniversary"));
        JsonNode record =
                fixtures.office.get("contracts/" + id + "/revaluations").json().get(0);
        assertEquals("2006-01-01", record.get("appliedOn").asText());
        assertEquals(
                0,
                new BigDecimal("1200.00").compareTo(record.get("amountBefore").decimalValue()));
        assertEquals(
                0, new BigDecimal("1215.32").compareTo(record.get("amountAfter").decimalValue()));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM revaluation WHERE contract_id = " + id));
        assertEquals(
                "REVALUED",
                fixtures.office
                        .get("contracts/" + id + "/renewal-outcomes")
                        .json()
                        .get(0)
                        .get("result")
                        .asText());
    }

    @Test
    @Order(7)
    void aRunCatchingUpOnYearsRenewsEachTermInTurn() throws InterruptedException {
        ContractFixtures fixtures = new ContractFixtures("RN7", "917");
        JsonNode first = contract(fixtures, "2003-01-01", "100.00", true);

        JsonNode run = waitForRun(startRun("2005-06-01", "&chunkSize=1"));

        assertEquals(2, run.get("renewed").asInt(), run::toString);
        List<String> terms = StreamSupport.stream(
                        fixtures.office
                                .get("contracts?customerId=" + fixtures.customerId + "&limit=10")
                                .json()
                                .get("items")
                                .spliterator(),
                        false)
                .map(row ->
                        row.get("startDate").asText() + " " + row.get("status").asText())
                .sorted()
                .toList();
        assertEquals(List.of("2003-01-01 RENEWED", "2004-01-01 RENEWED", "2005-01-01 ACTIVE"), terms);
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM contract WHERE renewal_of = "
                        + first.get("id").asLong()));
    }

    @Test
    @Order(8)
    void anIndexValueIsCorrectedAndRemovedAndTheSeriesGainsABase() {
        Api office = Api.as("office");
        created(office.post(
                "indices",
                map(
                        "code",
                        "T-RN8",
                        "name",
                        "Test RN8",
                        "variationDecimals",
                        1,
                        "bases",
                        List.of(map("label", "2015=100", "from", "2016-01")))));
        office.put("indices/T-RN8/values/2024-10", map("value", new BigDecimal("120.1"), "provisional", true));
        JsonNode corrected = office.put(
                        "indices/T-RN8/values/2024-10", map("value", new BigDecimal("120.2"), "provisional", false))
                .json();
        assertEquals(1, corrected.get("values").size(), corrected::toString);
        assertEquals(
                0,
                new BigDecimal("120.2")
                        .compareTo(corrected.get("values").get(0).get("value").decimalValue()));
        assertEquals(false, corrected.get("values").get(0).get("provisional").asBoolean());

        Api.Reply removed = office.delete("indices/T-RN8/values/2024-10");
        assertEquals(200, removed.status(), removed::toString);
        assertEquals(0, removed.json().get("values").size());

        List<Map<String, Object>> bases = List.of(
                map("label", "2015=100", "from", "2016-01"),
                map("label", "2025=100", "from", "2026-01", "linkCoefficient", new BigDecimal("1.214")));
        long version = removed.json().get("version").asLong();
        Api.Reply rebased = office.put(
                "indices/T-RN8", map("version", version, "name", "Test RN8", "variationDecimals", 1, "bases", bases));
        assertEquals(200, rebased.status(), rebased::toString);
        assertEquals("2025=100", rebased.json().get("bases").get(1).get("label").asText());
        Api.Reply stale = office.put(
                "indices/T-RN8", map("version", version, "name", "Stale edit", "variationDecimals", 1, "bases", bases));
        assertEquals(409, stale.status(), stale::toString);
    }
}
