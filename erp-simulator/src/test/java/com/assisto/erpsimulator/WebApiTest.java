package com.assisto.erpsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebApiTest extends RunningSimulator {

    @Test
    void wrongOrMissingCredentialsAreRefusedWith401AndCounted() throws Exception {
        HttpResponse<String> missing =
                client.send(HttpRequest.newBuilder(URI.create(simulator.webApiUrl() + "/webapi/risorse/clienti"))
                        .header("Coordinate-Gestionale", WebApiClient.COORDINATES)
                        .build());
        HttpResponse<String> wrong = client.send(client.webApi("/webapi/risorse/clienti")
                .setHeader("Authorization", "Passepartout " + base64("assisto:wrong"))
                .build());

        assertEquals(401, missing.statusCode());
        assertEquals(401, wrong.statusCode());
        assertTrue(json(wrong).get("errore").asText().contains("credenziali"), wrong.body());
        assertEquals(2, simulator.unauthorizedCalls());
    }

    @Test
    void missingOrMalformedCoordinatesAreRefusedWith400SayingWhatIsWrong() throws Exception {
        HttpResponse<String> missing =
                client.send(HttpRequest.newBuilder(URI.create(simulator.webApiUrl() + "/webapi/risorse/clienti"))
                        .header("Authorization", WebApiClient.AUTHORIZATION)
                        .build());
        HttpResponse<String> otherCompany = client.send(client.webApi("/webapi/risorse/clienti")
                .setHeader("Coordinate-Gestionale", "Azienda=ALTRA Anno=2026 Magazzino=1")
                .build());
        HttpResponse<String> badYear = client.send(client.webApi("/webapi/risorse/clienti")
                .setHeader("Coordinate-Gestionale", "Azienda=DEMO Anno=26 Magazzino=1")
                .build());
        HttpResponse<String> badStore = client.send(client.webApi("/webapi/risorse/clienti")
                .setHeader("Coordinate-Gestionale", "Azienda=DEMO Anno=2026 Magazzino=primo")
                .build());

        assertEquals(400, missing.statusCode());
        assertTrue(json(missing).get("errore").asText().contains("Coordinate-Gestionale mancante"), missing.body());
        assertEquals(400, otherCompany.statusCode());
        assertTrue(json(otherCompany).get("errore").asText().contains("ALTRA"), otherCompany.body());
        assertEquals(400, badYear.statusCode());
        assertTrue(json(badYear).get("errore").asText().contains("Anno"), badYear.body());
        assertEquals(400, badStore.statusCode());
        assertTrue(json(badStore).get("errore").asText().contains("Magazzino"), badStore.body());
    }

    @Test
    void aKeyPostedTwiceIsBookedOnceAndAnsweredTheSame() throws Exception {
        String body = WebApiClient.document("RATA-2026-0001", "RATA", "C001", "20260315");

        HttpResponse<String> first = client.postDocument("RATA-2026-0001", body);
        HttpResponse<String> again = client.postDocument("RATA-2026-0001", body);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(json(first), json(again));
        assertEquals("RATA-2026-0001", json(first).get("riferimento").asText());
        assertEquals("FT/2026/000001", json(first).get("numero_fattura").asText());
        assertEquals("20260315", json(first).get("data_fattura").asText());
        ReceivedDocument booked = simulator.received().get(0);
        assertEquals(1, simulator.received().size());
        assertEquals(2, booked.timesPosted());
        assertEquals(2, simulator.postsReceived());
        assertEquals(json(first).get("id_documento").asText(), booked.erpId());
        assertEquals("RATA", booked.type());
        assertEquals("C001", booked.customer());
        assertEquals(LocalDate.of(2026, 3, 15), booked.invoiceDate());
        assertEquals(body, booked.json());
        assertTrue(booked.json().contains("\"importo\":122.50"), booked.json());
    }

    @Test
    void invoiceNumbersCountPerYear() {
        client.postDocument("A", WebApiClient.document("A", "BOLLA", "C001", "20251231"));
        client.postDocument("B", WebApiClient.document("B", "BOLLA", "C001", "20260102"));
        client.postDocument("C", WebApiClient.document("C", "BOLLA", "C001", "20260103"));

        assertEquals(
                List.of("FT/2025/000001", "FT/2026/000001", "FT/2026/000002"),
                simulator.received().stream()
                        .map(ReceivedDocument::invoiceNumber)
                        .toList());
    }

    @Test
    void aBadBodyIsRefusedWith400NamingTheField() throws Exception {
        HttpResponse<String> noCustomer = client.postDocument(
                "K1", Json.write(Map.of("riferimento", "K1", "tipo", "RATA", "data_documento", "20260315")));
        HttpResponse<String> badDate =
                client.postDocument("K2", WebApiClient.document("K2", "RATA", "C001", "20260230"));
        HttpResponse<String> otherKey =
                client.postDocument("K3", WebApiClient.document("K4", "RATA", "C001", "20260315"));
        HttpResponse<String> blankType =
                client.postDocument("K5", WebApiClient.document("K5", " ", "C001", "20260315"));
        HttpResponse<String> amountAsText = client.postDocument(
                "K6",
                Json.write(Map.of(
                        "riferimento",
                        "K6",
                        "tipo",
                        "RATA",
                        "cod_cliente",
                        "C001",
                        "data_documento",
                        "20260315",
                        "importo",
                        "12,50")));
        HttpResponse<String> notJson = client.postDocument("K7", "riferimento=K7");
        HttpResponse<String> noKey = client.send(client.webApi("/webapi/risorse/documenti/da-fatturare")
                .POST(HttpRequest.BodyPublishers.ofString(WebApiClient.document("K8", "RATA", "C001", "20260315")))
                .build());

        assertError(400, "cod_cliente", noCustomer);
        assertError(400, "data_documento", badDate);
        assertError(400, "riferimento", otherKey);
        assertError(400, "tipo", blankType);
        assertError(400, "importo", amountAsText);
        assertError(400, "JSON", notJson);
        assertError(400, "Idempotency-Key", noKey);
        assertTrue(simulator.received().isEmpty());
    }

    @Test
    void inError500ModeEveryCallFailsAndNothingIsBooked() throws Exception {
        simulator.mode(Mode.ERROR_500);

        HttpResponse<String> post = client.postDocument("K1", WebApiClient.document("K1", "RATA", "C001", "20260315"));
        HttpResponse<String> get = client.get("/webapi/risorse/clienti");

        assertError(500, "errore interno", post);
        assertError(500, "errore interno", get);
        assertTrue(simulator.received().isEmpty());
        assertEquals(0, simulator.postsReceived());
    }

    @Test
    void inUnauthorizedModeEvenGoodCredentialsGet401() throws Exception {
        simulator.mode(Mode.UNAUTHORIZED);

        assertError(401, "bloccato", client.get("/webapi/risorse/clienti"));
        assertEquals(1, simulator.unauthorizedCalls());

        simulator.mode(Mode.UP);
        assertEquals(200, client.get("/webapi/risorse/clienti").statusCode());
    }

    @Test
    void failNextFailsThatManyCallsThenServesAgain() throws Exception {
        simulator.failNext(2, 503);
        String body = WebApiClient.document("K1", "RATA", "C001", "20260315");

        HttpResponse<String> first = client.postDocument("K1", body);
        HttpResponse<String> second = client.get("/webapi/risorse/clienti");
        HttpResponse<String> third = client.postDocument("K1", body);

        assertError(503, "non disponibile", first);
        assertEquals(503, second.statusCode());
        assertEquals(201, third.statusCode(), third.body());
        assertEquals(1, simulator.received().size());
        assertEquals(1, simulator.received().get(0).timesPosted());
    }

    @Test
    void failNextTakesPrecedenceOverTheMode() throws Exception {
        simulator.mode(Mode.UNAUTHORIZED);
        simulator.failNext(1, 500);

        assertEquals(500, client.get("/webapi/risorse/clienti").statusCode());
        assertEquals(401, client.get("/webapi/risorse/clienti").statusCode());
    }

    @Test
    void seededRecordsAreServedAndFilteredByChangeDate() throws Exception {
        simulator.seed(
                "clienti",
                List.of(
                        Map.of("codice", "C001", "ragione_sociale", "Rossi Srl", "dt_mod", "20260110"),
                        Map.of("codice", "C002", "ragione_sociale", "Bianchi Spa", "dt_mod", "20260301"),
                        Map.of("codice", "C003", "ragione_sociale", "Verdi Snc")));

        JsonNode all = json(client.get("/webapi/risorse/clienti"));
        JsonNode changed = json(client.get("/webapi/risorse/clienti?dal=20260201"));

        assertEquals(3, all.get("totale").asInt());
        assertEquals("Rossi Srl", all.get("dati").get(0).get("ragione_sociale").asText());
        assertEquals(2, changed.get("totale").asInt());
        assertEquals("C002", changed.get("dati").get(0).get("codice").asText());
        assertEquals("C003", changed.get("dati").get(1).get("codice").asText());
        assertEquals(
                0, json(client.get("/webapi/risorse/listini")).get("totale").asInt());
        assertError(400, "dal", client.get("/webapi/risorse/clienti?dal=2026-02-01"));
    }

    @Test
    void amountsInSeedsKeepTheirDecimals() throws Exception {
        simulator.seed("scadenzario", List.of(Map.of("importo", new BigDecimal("100.10"))));

        String body = client.get("/webapi/risorse/scadenzario").body();

        assertTrue(body.contains("\"importo\":100.10"), body);
    }

    @Test
    void anUnknownResourceIs404() throws Exception {
        assertError(404, "fatture", client.get("/webapi/risorse/fatture"));
    }

    @Test
    void invoicingResultsListEveryBookedDocument() throws Exception {
        client.postDocument("R1", WebApiClient.document("R1", "RATA", "C001", "20260115"));
        client.postDocument("R2", WebApiClient.document("R2", "INTERVENTO", "C002", "20260220"));

        JsonNode all = json(client.get("/webapi/risorse/documenti/esiti-fatturazione"));
        JsonNode since = json(client.get("/webapi/risorse/documenti/esiti-fatturazione?dal=20260201"));

        assertEquals(2, all.get("dati").size());
        JsonNode first = all.get("dati").get(0);
        assertEquals("R1", first.get("riferimento").asText());
        assertEquals(
                simulator.received().get(0).erpId(), first.get("id_documento").asText());
        assertEquals("FT/2026/000001", first.get("numero_fattura").asText());
        assertEquals("20260115", first.get("data_fattura").asText());
        assertEquals(1, since.get("dati").size());
        assertEquals("R2", since.get("dati").get(0).get("riferimento").asText());
    }

    private static void assertError(int status, String mentions, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(json(response).get("errore").asText().contains(mentions), response.body());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
