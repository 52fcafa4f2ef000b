package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.erpsimulator.ErpSimulator;
import com.assisto.erpsimulator.Mode;
import com.assisto.erpsimulator.ReceivedDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outbox delivered to a real ERP simulator over Mexal's WebAPI (instalments) and to a drop
 * folder (delivery notes), on PostgreSQL (X2, X3, X4): the ERP down for a while then back loses
 * nothing and books nothing twice, a lost acknowledgement resent is booked once, a 5xx is
 * redelivered, a 4xx becomes a dead letter and is not retried, and a 401 is not retried but
 * stops the flow until an administrator resumes it.
 */
class ErpOutboundIT extends DeployedAssisto {

    private static ErpSimulator erp;
    private static final String RUN = String.valueOf(System.nanoTime() % 1_000_000);

    @BeforeAll
    static void startErp() throws Exception {
        String password = Files.readString(Path.of(System.getProperty("test.erp.password.file")))
                .strip();
        erp = ErpSimulator.start(
                new ErpSimulator.Settings(Integer.getInteger("test.erp.port"), 0, "assisto", password, "TEST"));
    }

    @AfterAll
    static void stopErp() {
        erp.close();
    }

    @Test
    void downThenBackLosesNothingAndBooksNothingTwice() throws Exception {
        Api office = Api.as("office");
        List<String> references = List.of("T" + RUN + "#1", "T" + RUN + "#2", "T" + RUN + "#3");
        references.forEach(reference -> queueInstalment(reference, "501.00001"));

        erp.mode(Mode.DOWN);
        assertEquals(204, office.post("erp/flows/instalments/run", null).status());
        for (String reference : references) {
            assertEquals("PENDING", status(reference));
        }
        assertTrue(Database.count("SELECT COUNT(*) FROM outbox_message WHERE reference = '" + references.get(0)
                        + "' AND attempts = 1 AND last_error IS NOT NULL AND next_attempt_at IS NOT NULL")
                == 1);
        JsonNode failed =
                office.get("erp/exchanges?flow=instalments&limit=1").json().get(0);
        assertEquals("FAILED", failed.get("outcome").asText(), failed.toString());
        assertTrue(failed.get("error").asText().contains("stay pending"), failed.toString());

        erp.mode(Mode.UP);
        Thread.sleep(2_500); // the first retry waits a second (ASSISTO_ERP_RETRY_DELAY)
        erp.failNext(2, 503); // redelivered at once, with back-off
        assertEquals(204, office.post("erp/flows/instalments/run", null).status());
        for (String reference : references) {
            assertEquals("SENT", status(reference), reference);
            assertEquals(1, booked(reference).size(), "booked once: " + reference);
        }
        assertTrue(erp.maxConcurrent() <= 5, "at most five calls at once, saw " + erp.maxConcurrent());
        ReceivedDocument first = booked(references.get(0)).get(0);
        assertTrue(first.json().contains("\"tipo\":\"RATA\""), first.json());
        assertTrue(first.json().contains("\"data_documento\":\"20261201\""), first.json());

        // the acknowledgement lost on the way back: the document goes again and the ERP books it once
        Database.execute("UPDATE outbox_message SET status = 'PENDING', sent_at = NULL WHERE reference = '"
                + references.get(1) + "'");
        assertEquals(204, office.post("erp/flows/instalments/run", null).status());
        assertEquals("SENT", status(references.get(1)));
        assertEquals(1, booked(references.get(1)).size());
        assertEquals(2, booked(references.get(1)).get(0).timesPosted());
        long documents = Database.count("SELECT COUNT(*) FROM outbox_message WHERE message_type = 'INSTALMENT'"
                + " AND status = 'SENT' AND reference LIKE 'T" + RUN + "#%'");
        assertEquals(
                documents,
                erp.received().stream()
                        .filter(document ->
                                document.type().equals("RATA") && document.key().startsWith("T" + RUN + "#"))
                        .count(),
                "every instalment sent is booked once at the ERP");

        // the ERP invoiced them: the invoicing results, polled, give each its invoice number and date
        assertEquals(204, office.post("erp/flows/invoicing-results/run", null).status());
        for (String reference : references) {
            String invoice = booked(reference).get(0).invoiceNumber();
            assertEquals(
                    1,
                    Database.count("SELECT COUNT(*) FROM outbox_message WHERE reference = '" + reference
                            + "' AND erp_invoice_number = '" + invoice + "' AND erp_invoice_date = DATE '2026-12-01'"),
                    reference + " invoiced as " + invoice);
        }
        JsonNode results = office.get("erp/exchanges?flow=invoicing-results&limit=1")
                .json()
                .get(0);
        assertEquals("REST_POLL", results.get("transport").asText(), results.toString());
        assertTrue(results.get("applied").asInt() >= references.size(), results.toString());
    }

    @Test
    void aRefusedDocumentIsADeadLetterAndNotRetried() throws Exception {
        Api office = Api.as("office");
        String reference = "T" + RUN + "#bad";
        queueInstalment(reference, "");
        assertEquals(204, office.post("erp/flows/instalments/run", null).status());
        assertEquals("REFUSED", status(reference));
        int posts = erp.postsReceived();
        assertEquals(204, office.post("erp/flows/instalments/run", null).status());
        assertEquals(posts, erp.postsReceived(), "a refused document is not sent again by itself");
        JsonNode letter = null;
        for (JsonNode dead :
                office.get("erp/dead-letters?flow=instalments&status=OPEN").json()) {
            if (reference.equals(dead.get("key").asText())) {
                letter = dead;
            }
        }
        assertNotNull(letter, "the refused document waits as a dead letter");
        assertTrue(letter.get("reason").asText().contains("HTTP 400"), letter.toString());
        assertTrue(letter.get("reason").asText().contains("cod_cliente"), letter.toString());
    }

    @Test
    void anUnauthorizedAnswerIsNotRetriedAndPausesTheFlowUntilResumed() throws Exception {
        Api office = Api.as("office");
        String reference = "T" + RUN + "#401";
        queueInstalment(reference, "501.00001");
        erp.mode(Mode.UNAUTHORIZED);
        try {
            assertEquals(204, office.post("erp/flows/instalments/run", null).status());
            int refusals = erp.unauthorizedCalls();
            assertTrue(refusals >= 1 && refusals <= 5, "no retry of a 401, at most the calls in flight: " + refusals);
            assertEquals(204, office.post("erp/flows/instalments/run", null).status());
            assertEquals(refusals, erp.unauthorizedCalls(), "a paused flow does not call the ERP");
            assertEquals("PENDING", status(reference));
            JsonNode instalments = flow(office, "instalments");
            assertTrue(instalments.get("pausedBecause").asText().contains("401"), instalments.toString());
            assertEquals(
                    403, office.post("erp/flows/instalments/resume", null).status(), "only an administrator resumes");
        } finally {
            erp.mode(Mode.UP);
            assertEquals(
                    204,
                    Api.as("admin").post("erp/flows/instalments/resume", null).status());
        }
        assertEquals(204, office.post("erp/flows/instalments/run", null).status());
        assertEquals("SENT", status(reference));
        JsonNode resumed = flow(office, "instalments").path("pausedBecause");
        assertTrue(resumed.isMissingNode() || resumed.isNull(), "resumed, the flow is no longer paused: " + resumed);
    }

    @Test
    void deliveryNotesGoOverSoapThroughTheStubsOfTheErpsWsdl() throws Exception {
        Api office = Api.as("office");
        String reference = "DN" + RUN;
        Database.execute("INSERT INTO outbox_message (id, message_type, reference, payload, status, created_at)"
                + " VALUES (nextval('entity_seq'), 'DELIVERY_NOTE', '" + reference + "', '{\"number\":\"" + reference
                + "\",\"date\":\"2026-12-02\",\"kind\":\"DELIVERY\",\"contract\":\"C-T\",\"customer\":\"501.00001\","
                + "\"description\":\"Toner; nero\",\"item\":\"TN-1\",\"amount\":35.5}', 'PENDING', now())");
        erp.failNext(1, 503);
        assertEquals(204, office.post("erp/flows/delivery-notes/run", null).status());
        assertEquals("SENT", status(reference));
        List<ReceivedDocument> booked = booked(reference);
        assertEquals(1, booked.size(), "booked once, after the 503 was redelivered");
        assertEquals("BOLLA", booked.get(0).type());
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM outbox_message WHERE reference = '" + reference
                        + "' AND erp_document = '" + booked.get(0).erpId() + "'"));
        JsonNode exchange =
                office.get("erp/exchanges?flow=delivery-notes&limit=1").json().get(0);
        assertEquals("SOAP", exchange.get("transport").asText(), exchange.toString());
    }

    @Test
    void aContractsDueInstalmentGoesToTheErpAndComesBackInvoicedOnTheContract() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("EB1", "991");
        String today = LocalDate.now().toString();
        JsonNode contract = ContractFixtures.created(fixtures.office.post(
                "contracts",
                ContractFixtures.map(
                        "type",
                        fixtures.typeCode,
                        "customerId",
                        fixtures.customerId,
                        "startDate",
                        today,
                        "confirmed",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(ContractFixtures.map(
                                "itemCode", fixtures.prefix + "-FX", "price", new BigDecimal("480.00"))))));
        long id = contract.get("id").asLong();
        String reference = contract.get("number").asText() + "#1";

        // the night's billing makes the first instalment due and queues it for the ERP
        Api.Reply billed = Api.as("admin").post("billing/runs?date=" + today, null);
        assertEquals(200, billed.status(), billed::toString);
        assertEquals("DUE", instalments(id).get(0).get("status").asText());
        assertEquals("PENDING", status(reference));

        // delivered over REST (older documents of other tests go first, a run's batch at a time)
        Api office = Api.as("office");
        for (int run = 0; run < 20 && !status(reference).equals("SENT"); run++) {
            assertEquals(204, office.post("erp/flows/instalments/run", null).status());
        }
        assertEquals("SENT", status(reference));
        List<ReceivedDocument> atTheErp = booked(reference);
        assertEquals(1, atTheErp.size(), "booked once");
        assertTrue(
                atTheErp.get(0).json().contains("\"cod_cliente\":\"" + fixtures.prefix + "-C\""),
                atTheErp.get(0).json());
        assertTrue(
                atTheErp.get(0).json().contains("\"totale\":"), atTheErp.get(0).json());

        // the ERP invoiced it: the polled invoicing results mark the instalment invoiced with its invoice
        assertEquals(204, office.post("erp/flows/invoicing-results/run", null).status());
        JsonNode first = instalments(id).get(0);
        assertEquals("INVOICED", first.get("status").asText(), first.toString());
        assertEquals(
                atTheErp.get(0).invoiceNumber(), first.get("erpInvoiceNumber").asText());
        assertEquals(
                atTheErp.get(0).invoiceDate().toString(),
                first.get("erpInvoiceDate").asText());
        assertEquals("PLANNED", instalments(id).get(1).get("status").asText(), "the next one waits for its day");
    }

    private static JsonNode instalments(long contractId) {
        return Api.as("office").get("contracts/" + contractId + "/instalments").json();
    }

    private static void queueInstalment(String reference, String customer) {
        Database.execute("INSERT INTO outbox_message (id, message_type, reference, payload, status, created_at)"
                + " VALUES (nextval('entity_seq'), 'INSTALMENT', '" + reference + "', '{\"contract\":\"C-T\","
                + "\"customer\":\"" + customer + "\",\"sequence\":1,\"dueDate\":\"2026-12-01\","
                + "\"periodFrom\":\"2026-12-01\",\"periodTo\":\"2026-12-31\",\"amount\":120.0,"
                + "\"paymentTerms\":\"RB30\"}', 'PENDING', now())");
    }

    private static String status(String reference) {
        for (String status : List.of("PENDING", "SENT", "REFUSED")) {
            if (Database.count("SELECT COUNT(*) FROM outbox_message WHERE reference = '" + reference
                            + "' AND status = '" + status + "'")
                    == 1) {
                return status;
            }
        }
        return "missing";
    }

    private static List<ReceivedDocument> booked(String reference) {
        return erp.received().stream()
                .filter(document -> document.key().equals(reference))
                .toList();
    }

    private static JsonNode flow(Api office, String name) {
        for (JsonNode flow : office.get("erp/flows").json()) {
            if (flow.get("flow").asText().equals(name)) {
                return flow;
            }
        }
        throw new AssertionError("no flow " + name);
    }
}
