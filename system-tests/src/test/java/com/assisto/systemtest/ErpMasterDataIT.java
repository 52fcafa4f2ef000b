package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Items and price lists from the ERP on PostgreSQL (X1, M2, M3): the item master by file keeps
 * Assisto's own warranty terms, and the price lists pushed over REST create the tariff, keep each
 * dated price as history, correct a day's price sent again and refuse a price of an unknown item.
 */
class ErpMasterDataIT extends DeployedAssisto {

    private static final String RUN = String.valueOf(System.nanoTime() % 100_000);
    private static final String HEADER = "cod_articolo;descrizione;um;prezzo;mesi_garanzia\n";

    @Test
    void theItemMasterComesByFileAndKeepsAssistosOwnTerms() throws Exception {
        Api office = Api.as("office");
        String code = "EI" + RUN;
        DropFolder items = DropFolder.of("items");
        String report = items.drop(
                "items-" + RUN + ".csv",
                HEADER + code + ";Caldaia a condensazione 24 kW;PZ;1.250,00;24\n" + "EJ" + RUN + ";Filtro;PZ;cheap;\n");
        assertTrue(report.contains("2 received, 1 applied, 0 unchanged, 1 rejected"), report);
        JsonNode item = item(office, code);
        assertEquals("Caldaia a condensazione 24 kW", item.get("description").asText());
        assertEquals(
                0, new BigDecimal("1250.00").compareTo(item.get("unitPrice").decimalValue()));
        assertEquals(24, item.get("warrantyMonths").asInt());
        JsonNode dead = office.get("erp/exchanges/" + DropFolder.exchangeId(report))
                .json()
                .get("deadLetters");
        assertTrue(dead.get(0).get("reason").asText().contains("prezzo 'cheap' is not a number"), dead.toString());

        // the office sets Assisto's own terms; the ERP's next price change keeps them
        JsonNode edited = office.put(
                        "items/" + item.get("id").asLong(),
                        java.util.Map.of(
                                "version",
                                item.get("version").asLong(),
                                "description",
                                "Caldaia a condensazione 24 kW",
                                "unit",
                                "PZ",
                                "unitPrice",
                                1250,
                                "warrantyMonths",
                                24,
                                "warrantyUrgency",
                                "HIGH",
                                "autoRenew",
                                true,
                                "warningDays",
                                45,
                                "warrantyConvertible",
                                true,
                                "serialTracked",
                                true))
                .json();
        assertEquals(45, edited.get("warningDays").asInt(), edited.toString());
        // the next change comes as XML: the same fields, one element each
        String next = items.drop(
                "items-" + RUN + "-b.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<articoli>\n  <articolo><cod_articolo>" + code
                        + "</cod_articolo><descrizione>Caldaia a condensazione 24 kW</descrizione><um>PZ</um>"
                        + "<prezzo>1290</prezzo></articolo>\n</articoli>\n");
        assertTrue(next.contains("1 received, 1 applied"), next);
        item = item(office, code);
        assertEquals(
                0, new BigDecimal("1290.00").compareTo(item.get("unitPrice").decimalValue()));
        assertEquals(45, item.get("warningDays").asInt(), "Assisto's warning days stay");
        assertEquals(24, item.get("warrantyMonths").asInt(), "months not sent: Assisto's stay");
        assertEquals("HIGH", item.get("warrantyUrgency").asText());
    }

    @Test
    void priceListsPushedOverRestKeepEachDatedPrice() throws Exception {
        Api office = Api.as("office");
        String tariff = "EL" + RUN;
        String item = office.get("items?limit=1")
                .json()
                .get("items")
                .get(0)
                .get("code")
                .asText();
        String message = "{\"dati\": ["
                + price(tariff, "\"cod_articolo\": \"" + item + "\"", "20260101", "12.50") + ", "
                + price(tariff, "\"cod_articolo\": \"" + item + "\"", "20270101", "13.10") + ", "
                + price(tariff, "\"tipologia\": \"FULL\"", "20260101", "40") + ", "
                + price(tariff, "\"cod_articolo\": \"NO-SUCH-" + RUN + "\"", "20260101", "1") + "]}";
        JsonNode pushed = Api.as("erp").post("erp/inbound/tariffs", message).json();
        assertEquals(4, pushed.get("received").asInt(), pushed.toString());
        assertEquals(3, pushed.get("applied").asInt(), pushed.toString());
        assertEquals(1, pushed.get("rejected").asInt(), pushed.toString());

        long id = tariffId(office, tariff);
        JsonNode detail = office.get("tariffs/" + id).json();
        assertEquals("Listino ERP " + tariff, detail.get("name").asText());
        assertEquals(3, detail.get("prices").size(), detail.toString());
        assertEquals(
                "12.5",
                office.get("tariffs/" + id + "/price?item=" + item + "&date=2026-06-30")
                        .json()
                        .get("monthlyPrice")
                        .decimalValue()
                        .stripTrailingZeros()
                        .toPlainString());
        assertEquals(
                0,
                new BigDecimal("13.10")
                        .compareTo(office.get("tariffs/" + id + "/price?item=" + item + "&date=2027-02-01")
                                .json()
                                .get("monthlyPrice")
                                .decimalValue()));

        // the ERP corrects the 2027 price: the day's price changes, no second price that day
        JsonNode corrected = Api.as("erp")
                .post(
                        "erp/inbound/tariffs",
                        "{\"dati\": [" + price(tariff, "\"cod_articolo\": \"" + item + "\"", "20270101", "13.30")
                                + "]}")
                .json();
        assertEquals(1, corrected.get("applied").asInt(), corrected.toString());
        assertEquals(3, office.get("tariffs/" + id).json().get("prices").size());
        assertEquals(
                0,
                new BigDecimal("13.30")
                        .compareTo(office.get("tariffs/" + id + "/price?item=" + item + "&date=2027-02-01")
                                .json()
                                .get("monthlyPrice")
                                .decimalValue()));
    }

    @Test
    void supplierCostsLandOnTheirContractAndAWrongAssignmentIsADeadLetter() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("SC", "982");
        JsonNode contract = fixtures.quote();
        String number = contract.get("number").asText();
        String report = DropFolder.of("supplier-costs")
                .drop(
                        "supplier_costs-" + RUN + ".csv",
                        "cod_fornitore;numero_documento;data_documento;riga;descrizione;importo;contratto;matricola\n"
                                + "F001;FA-" + RUN + ";2026-11-20;1;Ricambio scheda madre;312,40;" + number + ";\n"
                                + "F001;FA-" + RUN + ";2026-11-20;2;Trasporto;25;" + number + ";\n"
                                + "F001;FA-" + RUN + ";2026-11-20;3;Filtri;40;NO-SUCH-" + RUN + ";\n"
                                + "F001;FA-" + RUN + ";2026-11-20;4;Lampada;12;;NO-SERIAL-" + RUN + "\n");
        assertTrue(report.contains("4 received, 2 applied, 0 unchanged, 2 rejected"), report);
        assertEquals(
                2,
                Database.count("SELECT COUNT(*) FROM supplier_cost WHERE contract_id = "
                        + contract.get("id").asLong() + " AND amount IN (312.40, 25.00)"));
        JsonNode dead = Api.as("office")
                .get("erp/exchanges/" + DropFolder.exchangeId(report))
                .json()
                .get("deadLetters");
        assertTrue(
                dead.get(0).get("reason").asText().contains("contract NO-SUCH-" + RUN + " does not exist"),
                dead.toString());
        assertTrue(
                dead.get(1).get("reason").asText().contains("no equipment has the serial number NO-SERIAL-" + RUN),
                dead.toString());
    }

    private static String price(String tariff, String subject, String from, String amount) {
        return "{\"cod_listino\": \"" + tariff + "\", \"descrizione\": \"Listino ERP " + tariff + "\", " + subject
                + ", \"valido_dal\": \"" + from + "\", \"canone_mensile\": " + amount + "}";
    }

    private static long tariffId(Api office, String code) {
        for (JsonNode tariff : office.get("tariffs").json()) {
            if (tariff.get("code").asText().equals(code)) {
                return tariff.get("id").asLong();
            }
        }
        throw new AssertionError("no tariff " + code);
    }

    private static JsonNode item(Api office, String code) {
        for (JsonNode found : office.get("items?limit=5&q=" + code).json().get("items")) {
            if (found.get("code").asText().equals(code)) {
                return found;
            }
        }
        throw new AssertionError("no item " + code);
    }
}
