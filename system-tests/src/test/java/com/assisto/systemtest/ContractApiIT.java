package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Contracts over REST on PostgreSQL: quote, confirm, mid-term changes, billing, files, scope, locking (C1–C5, C12). */
class ContractApiIT extends DeployedAssisto {

    private final Api office = Api.as("office");

    @Test
    void aQuoteIsPricedFromTheTariffConfirmedAndChangedMidTermWithProratedNotes() {
        ContractFixtures setup = new ContractFixtures("K1", "901");
        JsonNode quote = setup.quote();
        long id = quote.get("id").asLong();
        int year = LocalDate.now().getYear();
        assertTrue(quote.get("number").asText().startsWith("Q901/" + year + "/"), quote.toString());
        assertEquals("QUOTE", quote.get("status").asText());
        assertEquals("2025-12-31", quote.get("endDate").asText());
        assertEquals("RB30", quote.get("paymentTerms").asText(), "the customer's payment terms by default");
        JsonNode line = quote.get("lines").get(0);
        assertEquals("K1-SN1", line.get("serialNumber").asText());
        assertEquals("TARIFF_ITEM", line.get("price").get("source").asText());
        assertEquals("360.00", line.get("price").get("amount").asText());
        assertEquals(
                "tariff K1-T 30.00/month on 2025-01-01 × 12 months = 360.00",
                line.get("price").get("explanation").asText());
        assertEquals(4, quote.get("instalments").size());
        assertEquals("PROJECTED", quote.get("instalments").get(0).get("status").asText());
        assertEquals("90.00", quote.get("instalments").get(0).get("amount").asText());
        assertEquals("8", quote.get("customFields").get("responseHours").asText());

        JsonNode contract = setup.confirm(quote);
        assertEquals("ACTIVE", contract.get("status").asText());
        assertTrue(contract.get("number").asText().startsWith("C901/" + year + "/"), contract.toString());
        assertEquals(quote.get("number").asText(), contract.get("quoteNumber").asText());
        assertEquals(List.of("PLANNED", "PLANNED", "PLANNED", "PLANNED"), statuses(contract.get("instalments")));

        JsonNode preview = office.post(
                        "contracts/" + id + "/lines/preview",
                        Map.of("itemCode", "K1-FX", "price", 365, "date", "2025-04-15"))
                .json();
        assertEquals("MANUAL", preview.get("price").get("source").asText());
        assertEquals(261, preview.get("prorating").get("remainingDays").asInt());
        assertEquals("261.00", preview.get("prorating").get("amount").asText());

        JsonNode added = office.post(
                        "contracts/" + id + "/lines",
                        Map.of(
                                "version",
                                contract.get("version").asLong(),
                                "itemCode",
                                "K1-FX",
                                "price",
                                365,
                                "date",
                                "2025-04-15"))
                .json();
        JsonNode charge = added.get("deliveryNote");
        assertEquals("CHARGE", charge.get("kind").asText());
        assertEquals("261.00", charge.get("amount").asText(), "DOMAIN.md: 365 a year added on 15 April → 261.00");
        assertTrue(charge.get("number").asText().startsWith("DN/2025/"), charge.toString());

        long equipmentLine = added.get("contract").get("lines").get(0).get("id").asLong();
        JsonNode removal = office.get("contracts/" + id + "/lines/" + equipmentLine + "/removal?date=2025-07-01")
                .json();
        assertEquals("181.48", removal.get("amount").asText(), "360 × 184 / 365");
        JsonNode removed = office.delete("contracts/" + id + "/lines/" + equipmentLine + "?version="
                        + added.get("contract").get("version").asLong() + "&date=2025-07-01")
                .json();
        assertEquals("CREDIT", removed.get("deliveryNote").get("kind").asText());
        assertEquals("181.48", removed.get("deliveryNote").get("amount").asText());
        assertEquals(
                "2025-07-01",
                removed.get("contract").get("lines").get(0).get("removedOn").asText());

        JsonNode notes = office.get("contracts/" + id + "/delivery-notes").json();
        assertEquals(2, notes.size());
        Api.Download notePdf = office.download(
                "contracts/" + id + "/delivery-notes/" + notes.get(0).get("id").asLong() + "/pdf?lang=en");
        assertEquals(200, notePdf.status());
        String noteText = Pdf.text(notePdf.bytes());
        assertTrue(noteText.contains(charge.get("number").asText()) && noteText.contains("261.00"), noteText);

        JsonNode register = office.get("delivery-notes?from=2025-04-15&to=2025-07-01&limit=200")
                .json()
                .get("items");
        List<String> registered = new ArrayList<>();
        register.forEach(entry -> registered.add(
                entry.get("number").asText() + " " + entry.get("amount").asText()));
        assertTrue(registered.contains(charge.get("number").asText() + " 261.00"), registered.toString());
        assertTrue(
                registered.contains(removed.get("deliveryNote").get("number").asText() + " -181.48"),
                "credits are negative in the register: " + registered);
        assertEquals(
                0,
                Api.as("customer1")
                        .get("delivery-notes?from=2025-04-15&to=2025-07-01")
                        .json()
                        .get("items")
                        .findValues("contractId")
                        .stream()
                        .filter(value -> value.asLong() == id)
                        .count(),
                "a customer does not see other customers' notes");

        List<String> actions = new ArrayList<>();
        office.get("contracts/" + id + "/history")
                .json()
                .forEach(entry -> actions.add(entry.get("action").asText()));
        assertEquals(List.of("line removed", "line added", "confirmed", "created"), actions);
        JsonNode lastChange = office.get("contracts/" + id + "/history").json().get(0);
        assertEquals("office", lastChange.get("changedBy").asText());
    }

    @Test
    void theBillingRunMarksDueInstalmentsOnceAndLapsesOldQuotes() {
        ContractFixtures setup = new ContractFixtures("K2", "902");
        JsonNode contract = setup.confirm(setup.quote());
        long id = contract.get("id").asLong();
        Api admin = Api.as("admin");

        Api.Reply run = admin.post("billing/runs?date=2025-04-01", null);
        assertEquals(200, run.status(), run::toString);
        assertTrue(run.json().get("instalmentsDue").asInt() >= 2, run.toString());
        assertEquals(
                List.of("DUE", "DUE", "PLANNED", "PLANNED"),
                statuses(office.get("contracts/" + id + "/instalments").json()));
        admin.post("billing/runs?date=2025-04-01", null);
        assertEquals(
                List.of("DUE", "DUE", "PLANNED", "PLANNED"),
                statuses(office.get("contracts/" + id + "/instalments").json()));
        assertEquals(
                2,
                Database.count("SELECT count(*) FROM outbox_message WHERE message_type = 'INSTALMENT'"
                        + " AND reference LIKE '" + contract.get("number").asText() + "#%'"),
                "each due instalment queued once");
        assertEquals(403, office.post("billing/runs", null).status(), "only administrators start a run");

        JsonNode oldQuote = setup.quote();
        String lapseDay = LocalDate.parse(oldQuote.get("quoteValidUntil").asText())
                .plusDays(1)
                .toString();
        assertTrue(admin.post("billing/runs?date=" + lapseDay, null)
                        .json()
                        .get("quotesLapsed")
                        .asInt()
                >= 1);
        assertEquals(
                "LAPSED",
                office.get("contracts/" + oldQuote.get("id").asLong())
                        .json()
                        .get("status")
                        .asText());
    }

    @Test
    void invalidInputAndIllegalTransitionsAreRefusedWithTheirFieldsNamed() {
        ContractFixtures setup = new ContractFixtures("K3", "903");
        Api.Reply bad = office.post(
                "contracts",
                Map.of(
                        "type",
                        "903",
                        "customerId",
                        setup.customerId,
                        "startDate",
                        "2025-01-01",
                        "billingMonths",
                        5,
                        "customFields",
                        Map.of("level", "Platinum", "visits", List.of(Map.of("month", "March"))),
                        "lines",
                        List.of(Map.of("itemCode", "K3-FX"))));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("application/problem+json", bad.contentType());
        assertEquals(List.of("billingMonths"), ContractFixtures.fields(bad.json()));
        Api.Reply badFields = office.post(
                "contracts",
                Map.of(
                        "type",
                        "903",
                        "customerId",
                        setup.customerId,
                        "startDate",
                        "2025-01-01",
                        "customFields",
                        Map.of("level", "Platinum", "visits", List.of(Map.of("month", "March"))),
                        "lines",
                        List.of(Map.of("itemCode", "K3-FX"))));
        assertEquals(
                List.of("customFields.responseHours", "customFields.level", "customFields.visits[1].month"),
                ContractFixtures.fields(badFields.json()));
        Api.Reply unpriced = office.post(
                "contracts",
                Map.of(
                        "type",
                        "903",
                        "customerId",
                        setup.customerId,
                        "startDate",
                        "2025-01-01",
                        "customFields",
                        Map.of("responseHours", 4),
                        "lines",
                        List.of(Map.of("equipmentId", setup.equipmentId), Map.of("itemCode", "K3-FX"))));
        assertEquals(List.of("lines[2].price"), ContractFixtures.fields(unpriced.json()));
        assertTrue(
                unpriced.json()
                        .get("detail")
                        .asText()
                        .contains("tariff K3-T has no price on 2025-01-01 for item K3-FX"),
                unpriced.toString());

        JsonNode contract = setup.confirm(setup.quote());
        Api.Reply reject = office.post(
                "contracts/" + contract.get("id").asLong() + "/reject",
                Map.of("version", contract.get("version").asLong(), "reason", "changed our mind"));
        assertEquals(400, reject.status());
        assertEquals(
                "cannot change from active to rejected; allowed: renewed, expired and cancelled",
                reject.json().get("errors").get(0).get("message").asText());
        Api.Reply outside = office.post(
                "contracts/" + contract.get("id").asLong() + "/lines",
                Map.of(
                        "version",
                        contract.get("version").asLong(),
                        "itemCode",
                        "K3-FX",
                        "price",
                        10,
                        "date",
                        "2026-02-01"));
        assertEquals(List.of("date"), ContractFixtures.fields(outside.json()));
    }

    @Test
    void twoUsersEditingOneContractAtOnceCannotBothWin() throws Exception {
        ContractFixtures setup = new ContractFixtures("K4", "904");
        JsonNode quote = setup.quote();
        long id = quote.get("id").asLong();
        long version = quote.get("version").asLong();

        Api.Reply first = office.put(
                "contracts/" + id,
                Map.of("version", version, "startDate", "2025-01-01", "customFields", Map.of("responseHours", 4)));
        assertEquals(200, first.status(), first::toString);
        Api.Reply stale = office.put(
                "contracts/" + id,
                Map.of("version", version, "startDate", "2025-02-01", "customFields", Map.of("responseHours", 2)));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(
                "4",
                office.get("contracts/" + id)
                        .json()
                        .get("customFields")
                        .get("responseHours")
                        .asText());

        long current = office.get("contracts/" + id).json().get("version").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int index = 0; index < 2; index++) {
                racers.add(() -> Api.as("office")
                        .post(
                                "contracts/" + id + "/lines",
                                Map.of("version", current, "itemCode", "K4-FX", "price", 100))
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(racers)) {
                statuses.add(result.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(2, office.get("contracts/" + id).json().get("lines").size(), "one line added, not two");
    }

    @Test
    void filesAreCheckedStoredAndReturnedIntact() {
        ContractFixtures setup = new ContractFixtures("K5", "905");
        long id = setup.quote().get("id").asLong();
        byte[] scan = "%PDF-1.4\n% signed contract scan\n".getBytes(StandardCharsets.US_ASCII);
        Api.Reply attached = office.upload(
                "contracts/" + id + "/files?name=../signed%20contract.pdf", scan, "application/octet-stream");
        assertEquals(201, attached.status(), attached::toString);
        assertEquals("signed contract.pdf", attached.json().get("fileName").asText());
        assertEquals("application/pdf", attached.json().get("mediaType").asText());

        Api.Reply executable = office.upload(
                "contracts/" + id + "/files?name=contract.pdf", new byte[] {'M', 'Z', 0, 0, 1}, "application/pdf");
        assertEquals(400, executable.status());
        assertEquals(
                "file contract.pdf is not a PDF, PNG, JPEG or TIFF file",
                executable.json().get("errors").get(0).get("field").asText() + " "
                        + executable.json().get("errors").get(0).get("message").asText());

        Api.Download back = office.download(
                "contracts/" + id + "/files/" + attached.json().get("id").asLong());
        assertEquals(200, back.status());
        assertArrayEquals(scan, back.bytes());
        assertTrue(back.raw()
                .headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("attachment"));
        assertEquals(1, office.get("contracts/" + id + "/files").json().size());
    }

    @Test
    void customersSeeTheirOwnContractsOnlyAndListsFilterAndSeek() {
        ContractFixtures setup = new ContractFixtures("K6", "906");
        // two of them end on the same day: a page boundary inside that day must neither skip nor repeat
        for (String start : List.of("2025-01-01", "2025-03-01", "2025-03-01", "2025-05-01")) {
            ContractFixtures.created(office.post(
                    "contracts",
                    Map.of(
                            "type",
                            "906",
                            "customerId",
                            setup.customerId,
                            "startDate",
                            start,
                            "customFields",
                            Map.of("responseHours", 8),
                            "confirmed",
                            true,
                            "lines",
                            List.of(Map.of("equipmentId", setup.equipmentId)))));
        }
        setup.quote();
        String base = "contracts?customerId=" + setup.customerId;
        assertEquals(5, office.get(base).json().get("items").size());
        JsonNode active = office.get(base + "&status=ACTIVE&type=906").json().get("items");
        assertEquals(4, active.size());
        assertTrue(active.get(0).get("number").asText().startsWith("C906/"), "confirmed at once: contract numbers");
        List<String> activeIds = new ArrayList<>();
        List<String> endDates = new ArrayList<>();
        active.forEach(contract -> {
            activeIds.add(contract.get("id").asText());
            endDates.add(contract.get("endDate").asText());
        });
        assertEquals(List.of("2025-12-31", "2026-02-28", "2026-02-28", "2026-04-30"), endDates);
        JsonNode expiring = office.get(base + "&endingFrom=2026-01-01&endingTo=2026-03-31")
                .json()
                .get("items");
        assertEquals(2, expiring.size());

        JsonNode first = office.get(base + "&status=ACTIVE&limit=2").json();
        assertEquals(2, first.get("items").size());
        JsonNode second = office.get(base + "&status=ACTIVE&limit=2&after="
                        + first.get("next").asText())
                .json();
        assertEquals(
                List.of(activeIds.get(2), activeIds.get(3)),
                List.of(
                        second.get("items").get(0).get("id").asText(),
                        second.get("items").get(1).get("id").asText()),
                "the second page starts inside 28 February");
        assertTrue(!second.hasNonNull("next"), "the last page has no next key");
        List<String> oneByOne = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = office.get(base + "&status=ACTIVE&limit=1" + (next == null ? "" : "&after=" + next))
                    .json();
            page.get("items")
                    .forEach(contract -> oneByOne.add(contract.get("id").asText()));
            next = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (next != null && oneByOne.size() <= activeIds.size()); // a seek that repeats must not loop forever
        assertEquals(activeIds, oneByOne, "pages of one walk every contract once, in order");
        assertEquals(400, office.get("contracts?after=nonsense").status());
        assertEquals(400, office.get("contracts?status=SIGNED").status());

        Api customer = Api.as("customer1");
        long ownCustomer =
                customer.get("customers").json().get("items").get(0).get("id").asLong();
        JsonNode own = customer.get("contracts?limit=200").json().get("items");
        own.forEach(row -> assertEquals(ownCustomer, row.get("customerId").asLong()));
        long otherContract = active.get(0).get("id").asLong();
        assertNotEquals(ownCustomer, setup.customerId);
        assertEquals(
                404, customer.get("contracts/" + otherContract).status(), "another customer's contract is not there");
        assertEquals(404, customer.get(base).status());
        assertEquals(403, customer.post("contracts", Map.of("type", "906")).status());
        assertEquals(
                403,
                Api.as("tech1")
                        .post("contracts/" + otherContract + "/cancel", Map.of("version", 1))
                        .status());
    }

    @Test
    void templatesAreTriedBeforeSavingAndDocumentsCarryTheContractsData() {
        ContractFixtures setup = new ContractFixtures("K7", "907");
        Api.Reply broken = office.post(
                "contract-types/907/templates",
                Map.of(
                        "name",
                        "Contratto",
                        "locale",
                        "it",
                        "body",
                        "<h1>Contratto ${contract.number}</h1>\n<p>${customer.ragioneSociale}</p>"));
        assertEquals(400, broken.status(), broken::toString);
        assertEquals("body", broken.json().get("errors").get(0).get("field").asText());
        assertEquals(
                "line 2, column 6: 'customer.ragioneSociale' is not a field of the document, or is not usable"
                        + " there",
                broken.json().get("errors").get(0).get("message").asText());

        String body = "<h1>Contratto di manutenzione ${contract.number}</h1>"
                + "<p>Tra Assisto e ${customer.name}, P. IVA ${customer.vatNumber}, rappresentata da"
                + " ${customer.legalRepresentative}.</p>"
                + "<p>Durata dal ${contract.startDate} al ${contract.endDate}; importo ${contract.value}.</p>"
                + "<p>Intervento entro ${fields.responseHours} ore, livello ${fields.level}.</p>"
                + "<table><#list lines as line><tr><td>${line.description}</td><td>${line.serialNumber}</td>"
                + "<td>${line.price}</td></tr></#list></table>"
                + "<ul><#list fields.visits as visit><li>${visit.month}: ${visit.task}</li></#list></ul>";
        JsonNode first = ContractFixtures.created(
                office.post("contract-types/907/templates", Map.of("name", "Contratto", "locale", "it", "body", body)));
        assertEquals(1, first.get("revision").asInt());
        JsonNode second = ContractFixtures.created(office.post(
                "contract-types/907/templates",
                Map.of("name", "Contratto", "locale", "it", "body", body + "<p>Firma: ____</p>")));
        assertEquals(2, second.get("revision").asInt());
        assertEquals(
                2, office.get("contract-types/907/templates/Contratto").json().size(), "revisions are kept");

        JsonNode contract = setup.confirm(setup.quote());
        long id = contract.get("id").asLong();
        Api.Reply generated = office.post("contracts/" + id + "/documents", Map.of("template", "Contratto"));
        assertEquals(201, generated.status(), generated::toString);
        assertEquals("DOCUMENT", generated.json().get("kind").asText());
        assertEquals(2, generated.json().get("templateRevision").asInt());
        Api.Download pdf = office.download(
                "contracts/" + id + "/files/" + generated.json().get("id").asLong());
        assertEquals("application/pdf", pdf.contentType());
        String text = Pdf.text(pdf.bytes()).replaceAll("\\s+", " ");
        for (String expected : List.of(
                "Contratto di manutenzione " + contract.get("number").asText(),
                "Cliente K7 Srl",
                "P. IVA 01234567897",
                "rappresentata da Giulia Bassi",
                "importo € 360,00",
                "entro 8 ore, livello Gold",
                "K7-SN1",
                "3: Cleaning",
                "Firma")) {
            assertTrue(text.contains(expected), "'" + expected + "' in: " + text);
        }
        Api.Download preview = office.download("contracts/" + id + "/documents/preview?template=Contratto");
        assertTrue(Pdf.text(preview.bytes()).contains(contract.get("number").asText()));
        assertEquals(
                404,
                office.post("contracts/" + id + "/documents", Map.of("template", "Nope"))
                        .status());
    }

    private static List<String> statuses(JsonNode instalments) {
        List<String> statuses = new ArrayList<>();
        instalments.forEach(instalment -> statuses.add(instalment.get("status").asText()));
        return statuses;
    }
}
