package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stock.csv drop folder inside the deployed application on PostgreSQL (X1, X4): good rows
 * land, bad ones become dead letters with their line and reason, the same file again is a
 * duplicate that changes nothing, and a corrected dead letter replays into the stock.
 */
class ErpStockFileIT extends DeployedAssisto {

    private static final DropFolder INBOX = DropFolder.of("stock");

    @Test
    void goodRowsLandBadOnesAreDeadLettersARepeatIsADuplicateAndACorrectionReplays() throws Exception {
        Api office = Api.as("office");
        long openBefore = openStockLetters(office);
        JsonNode items = office.get("items?limit=2").json().get("items");
        String first = items.get(0).get("code").asText();
        String second = items.get(1).get("code").asText();
        String file = "cod_articolo;id_magazzino;giacenza;qta_ord_for;qta_ord_imp;dt_mod_ult_doc;dt_arrivo\n"
                + first + ";ERP1;12,5;3;1;2026-11-30;2027-01-15\n"
                + second + ";ERP1;7;0;0;20261130;\n"
                + "NO-SUCH-ITEM;ERP1;1;0;0;2026-11-30;\n"
                + second + ";ERP2;many;0;0;2026-11-30;\n";

        String report = INBOX.drop("stock-20261201.csv", file);
        assertTrue(report.contains("4 received, 2 applied, 0 unchanged, 2 rejected"), report);

        JsonNode stock = stockOf(office, first, "ERP1");
        assertEquals(
                0, stock.get("onHand").decimalValue().compareTo(new java.math.BigDecimal("12.5")), stock.toString());
        assertEquals("2027-01-15", stock.get("expectedOn").asText());
        assertEquals(0, stock.get("onOrder").decimalValue().compareTo(new java.math.BigDecimal("3")));

        long exchangeId = DropFolder.exchangeId(report);
        JsonNode detail = office.get("erp/exchanges/" + exchangeId).json();
        assertEquals("PARTIAL", detail.get("exchange").get("outcome").asText());
        JsonNode dead = detail.get("deadLetters");
        assertEquals(2, dead.size(), detail.toString());
        assertEquals(4, dead.get(0).get("line").asInt());
        assertTrue(dead.get(0).get("reason").asText().contains("item NO-SUCH-ITEM does not exist"), dead.toString());
        assertEquals(5, dead.get(1).get("line").asInt());
        assertTrue(dead.get(1).get("reason").asText().contains("giacenza 'many' is not a number"), dead.toString());
        assertEquals(
                second + ";ERP2;many;0;0;2026-11-30;",
                dead.get(1).get("payload").asText());

        String again = INBOX.drop("stock-again.csv", file);
        assertTrue(again.contains("already received"), again);
        assertEquals(
                0,
                stockOf(office, first, "ERP1")
                        .get("onHand")
                        .decimalValue()
                        .compareTo(new java.math.BigDecimal("12.5")));

        JsonNode letter = dead.get(1);
        JsonNode replayed = office.post(
                        "erp/dead-letters/" + letter.get("id").asLong() + "/replay",
                        Map.of(
                                "version",
                                letter.get("version").asLong(),
                                "payload",
                                second + ";ERP2;4;0;0;2026-11-30;"))
                .json();
        assertEquals("REPLAYED", replayed.get("status").asText(), replayed.toString());
        assertEquals(
                0,
                stockOf(office, second, "ERP2").get("onHand").decimalValue().compareTo(new java.math.BigDecimal("4")));

        Api.Reply refused = office.post(
                "erp/dead-letters/" + letter.get("id").asLong() + "/discard",
                Map.of("version", replayed.get("version").asLong()));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(
                refused.body().contains("replayed"), "a replayed dead letter cannot be discarded: " + refused.body());

        assertEquals(openBefore + 1, openStockLetters(office), "one of the two rejected rows is still open");
        assertEquals(403, Api.as("tech1").get("erp/dead-letters").status(), "technicians do not see the ERP exchange");
    }

    private static long openStockLetters(Api office) {
        for (JsonNode flow : office.get("erp/flows").json()) {
            if (flow.get("flow").asText().equals("stock")) {
                return flow.get("openDeadLetters").asLong();
            }
        }
        throw new AssertionError("no stock flow");
    }

    private static JsonNode stockOf(Api office, String code, String warehouse) {
        JsonNode item = null;
        for (JsonNode found : office.get("items?limit=5&q=" + code).json().get("items")) {
            if (found.get("code").asText().equals(code)) {
                item = found;
            }
        }
        for (JsonNode level : item.get("stock")) {
            if (level.get("warehouse").asText().equals(warehouse)) {
                return level;
            }
        }
        throw new AssertionError("no stock of " + code + " in " + warehouse);
    }
}
