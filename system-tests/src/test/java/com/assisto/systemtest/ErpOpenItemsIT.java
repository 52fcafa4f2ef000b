package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.erpsimulator.ErpSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The open_items.csv drop folder on PostgreSQL (X1, M1): the customer's instalments give its
 * credit status (open, overdue, blocked by a returned one), an unknown customer's row is a dead
 * letter with its line, and the ERP's next report of the same instalment, paid, clears the block.
 */
class ErpOpenItemsIT extends DeployedAssisto {

    private static final DropFolder INBOX = DropFolder.of("open-items");
    private static final String RUN = String.valueOf(System.nanoTime() % 100_000);
    private static final String HEADER =
            "codice;data_documento;serie;numero;rata;dt_scadenza;importo;stato_pagamento\n";

    @Test
    void theInstalmentsGiveTheCreditStatusAndAReturnedOneBlocksUntilPaid() throws Exception {
        Api office = Api.as("office");
        String code = "OI" + RUN;
        long customerId = createCustomer(office, code);
        LocalDate today = LocalDate.now();
        String overdueDue = today.minusDays(10).toString();
        String laterDue = today.plusDays(20).toString();

        String report = INBOX.drop(
                "open_items-" + RUN + ".csv",
                HEADER
                        + code + ";2026-09-30;A;118;1;" + overdueDue + ";400,00;A\n"
                        + code + ";2026-09-30;A;118;2;" + laterDue + ";400,00;I\n"
                        + code + ";2026-08-31;A;97;1;" + overdueDue + ";150,50;P\n"
                        + "NO-SUCH-" + RUN + ";2026-09-30;A;120;1;" + laterDue + ";10;A\n");
        assertTrue(report.contains("4 received, 3 applied, 0 unchanged, 1 rejected"), report);
        JsonNode credit = office.get("customers/" + customerId).json().get("credit");
        assertEquals(
                0, new BigDecimal("800.00").compareTo(credit.get("openItems").decimalValue()), credit.toString());
        assertEquals(
                0,
                new BigDecimal("400.00").compareTo(credit.get("overdueAmount").decimalValue()));
        assertEquals("BLOCKED", credit.get("standing").asText());
        assertEquals(today.toString(), credit.get("updatedOn").asText());

        long exchangeId = DropFolder.exchangeId(report);
        JsonNode dead = office.get("erp/exchanges/" + exchangeId).json().get("deadLetters");
        assertEquals(1, dead.size(), dead.toString());
        assertEquals(5, dead.get(0).get("line").asInt());
        assertTrue(
                dead.get(0).get("reason").asText().contains("customer NO-SUCH-" + RUN + " does not exist"),
                dead.toString());

        // the returned instalment paid, the overdue one still open: no longer blocked, still overdue
        String next = INBOX.drop(
                "open_items-" + RUN + "-b.csv",
                HEADER
                        + code + ";2026-09-30;A;118;1;" + overdueDue + ";400,00;A\n"
                        + code + ";2026-09-30;A;118;2;" + laterDue + ";400,00;P\n");
        assertTrue(next.contains("2 received, 1 applied, 1 unchanged, 0 rejected"), next);
        credit = office.get("customers/" + customerId).json().get("credit");
        assertEquals("OVERDUE", credit.get("standing").asText(), credit.toString());
        assertEquals(
                0, new BigDecimal("400.00").compareTo(credit.get("openItems").decimalValue()));
    }

    @Test
    void theWebApiIsPolledForTheScheduleOfReceivablesAndTheSameAnswerTwiceChangesNothing() throws Exception {
        Api office = Api.as("office");
        String code = "OP" + RUN;
        long customerId = createCustomer(office, code);
        String password = Files.readString(Path.of(System.getProperty("test.erp.password.file")))
                .strip();
        String today = LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String overdue = LocalDate.now().minusDays(5).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String later = LocalDate.now().plusDays(25).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        try (ErpSimulator erp = ErpSimulator.start(
                new ErpSimulator.Settings(Integer.getInteger("test.erp.port"), 0, "assisto", password, "TEST"))) {
            erp.seed(
                    "scadenzario",
                    List.of(
                            Map.of(
                                    "codice",
                                    code,
                                    "data_documento",
                                    "20261015",
                                    "serie",
                                    "A",
                                    "numero",
                                    "201",
                                    "dt_sca_pg",
                                    List.of(overdue, later),
                                    "imp_scadenza",
                                    List.of(new BigDecimal("250.00"), new BigDecimal("250.00")),
                                    "stato_pagamento",
                                    List.of("A", "A"),
                                    "dt_mod",
                                    today),
                            Map.of(
                                    "codice",
                                    "NO-SUCH-" + RUN,
                                    "data_documento",
                                    "20261015",
                                    "serie",
                                    "A",
                                    "numero",
                                    "202",
                                    "dt_sca_pg",
                                    List.of(later),
                                    "imp_scadenza",
                                    List.of(new BigDecimal("10.00")),
                                    "stato_pagamento",
                                    List.of("A"),
                                    "dt_mod",
                                    today)));
            assertEquals(204, office.post("erp/flows/open-items/run", null).status());
            JsonNode credit = office.get("customers/" + customerId).json().get("credit");
            assertEquals(
                    0,
                    new BigDecimal("500.00").compareTo(credit.get("openItems").decimalValue()),
                    credit.toString());
            assertEquals(
                    0,
                    new BigDecimal("250.00")
                            .compareTo(credit.get("overdueAmount").decimalValue()));
            JsonNode polled =
                    office.get("erp/exchanges?flow=open-items&limit=1").json().get(0);
            assertEquals("REST_POLL", polled.get("transport").asText(), polled.toString());
            assertEquals("PARTIAL", polled.get("outcome").asText(), polled.toString());
            assertEquals(3, polled.get("received").asInt());
            assertEquals(2, polled.get("applied").asInt());
            JsonNode dead = office.get("erp/exchanges/" + polled.get("id").asLong())
                    .json()
                    .get("deadLetters");
            assertTrue(dead.get(0).get("payload").asText().contains("\"numero\":\"202\""), dead.toString());

            // the next poll asks from today on and gets the same answer: a duplicate, nothing applied
            assertEquals(204, office.post("erp/flows/open-items/run", null).status());
            JsonNode again =
                    office.get("erp/exchanges?flow=open-items&limit=1").json().get(0);
            assertEquals("DUPLICATE", again.get("outcome").asText(), again.toString());
            assertTrue(again.get("source").asText().contains("dal=" + today), again.toString());
        }
    }

    @Test
    void theErpPushesInstalmentsAndTheSameMessageAgainChangesNothing() throws Exception {
        Api office = Api.as("office");
        String code = "OH" + RUN;
        long customerId = createCustomer(office, code);
        String due = LocalDate.now().minusDays(3).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String message = "{\"dati\": [{\"codice\": \"" + code + "\", \"data_documento\": \"20261020\","
                + " \"serie\": \"B\", \"numero\": \"55\", \"dt_sca_pg\": [\"" + due + "\"],"
                + " \"imp_scadenza\": [99.90], \"stato_pagamento\": [\"I\"]},"
                + " {\"codice\": \"" + code + "\", \"data_documento\": \"2026-10-20\", \"numero\": \"56\","
                + " \"dt_sca_pg\": [\"not a date\"], \"imp_scadenza\": [1], \"stato_pagamento\": [\"A\"]}]}";

        JsonNode pushed = Api.as("erp")
                .post("erp/inbound/open-items", message, "Idempotency-Key", "MSG-" + RUN)
                .json();
        assertEquals(false, pushed.get("duplicate").asBoolean(), pushed.toString());
        assertEquals(2, pushed.get("received").asInt(), pushed.toString());
        assertEquals(1, pushed.get("applied").asInt());
        assertEquals(1, pushed.get("rejected").asInt());
        JsonNode credit = office.get("customers/" + customerId).json().get("credit");
        assertEquals("BLOCKED", credit.get("standing").asText(), credit.toString());
        assertEquals(
                0, new BigDecimal("99.90").compareTo(credit.get("overdueAmount").decimalValue()));
        JsonNode exchange =
                office.get("erp/exchanges/" + pushed.get("exchangeId").asLong()).json();
        assertEquals("REST_PUSH", exchange.get("exchange").get("transport").asText());
        assertTrue(
                exchange.get("deadLetters").get(0).get("reason").asText().contains("dt_sca_pg 'not a date'"),
                exchange.toString());

        JsonNode again = Api.as("erp")
                .post("erp/inbound/open-items", message, "Idempotency-Key", "MSG-" + RUN)
                .json();
        assertEquals(true, again.get("duplicate").asBoolean(), again.toString());
        assertEquals(
                "DUPLICATE",
                office.get("erp/exchanges/" + again.get("exchangeId").asLong())
                        .json()
                        .get("exchange")
                        .get("outcome")
                        .asText());

        Api.Reply malformed =
                Api.as("erp").post("erp/inbound/open-items", "{\"records\": []}", "Idempotency-Key", "X" + RUN);
        assertEquals(400, malformed.status(), malformed.toString());
        assertTrue(malformed.body().contains("dati"), malformed.body());
        assertEquals(
                403, Api.as("tech1").post("erp/inbound/open-items", message).status());
        assertEquals(
                403,
                Api.as("office").post("erp/inbound/open-items", message).status(),
                "the push door is the ERP's, not the back office's");
        assertEquals(
                403, Api.as("erp").get("customers?limit=1").status(), "the ERP's account opens nothing but its doors");
        assertEquals(403, Api.as("erp").get("erp/flows").status());
    }

    private static long createCustomer(Api office, String code) {
        ObjectNode customer = Api.JSON
                .createObjectNode()
                .put("code", code)
                .put("name", "Cliente " + code + " Srl")
                .put("vatNumber", "01234567897")
                .put("legalRepresentative", "Giulia Bassi")
                .put("paymentTerms", "RB30")
                .put("tariff", "STD");
        customer.putObject("address")
                .put("street", "Via Po 3")
                .put("postalCode", "10121")
                .put("city", "Torino")
                .put("province", "TO");
        Api.Reply created = office.post("customers", customer);
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asLong();
    }
}
