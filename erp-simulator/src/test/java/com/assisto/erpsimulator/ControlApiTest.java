package com.assisto.erpsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The control API, as the demo and a person drive the simulator: plain JSON over HTTP. */
class ControlApiTest extends RunningSimulator {

    @Test
    void receivedAndStatsDescribeWhatTheErpGot() throws Exception {
        String body = WebApiClient.document("K1", "SCARICO", "C009", "20260601");
        client.postDocument("K1", body);
        client.postDocument("K1", body);

        JsonNode received = json(client.control("GET", "/control/received", null));
        JsonNode stats = json(client.control("GET", "/control/stats", null));

        assertEquals(1, received.size());
        JsonNode document = received.get(0);
        assertEquals("K1", document.get("key").asText());
        assertEquals("SCARICO", document.get("type").asText());
        assertEquals("C009", document.get("customer").asText());
        assertEquals(body, document.get("json").asText());
        assertEquals("FT/2026/000001", document.get("invoiceNumber").asText());
        assertEquals("2026-06-01", document.get("invoiceDate").asText());
        assertEquals(2, document.get("timesPosted").asInt());
        assertEquals(2, stats.get("posts").asInt());
        assertEquals(1, stats.get("maxConcurrent").asInt());
        assertEquals(0, stats.get("unauthorizedCalls").asInt());
        assertEquals("UP", stats.get("mode").asText());
    }

    @Test
    void modeSwitchesTheWebApi() throws Exception {
        assertEquals(
                204,
                client.control("POST", "/control/mode", "{\"mode\":\"ERROR_500\"}")
                        .statusCode());
        assertEquals(500, client.get("/webapi/risorse/clienti").statusCode());

        assertEquals(
                204,
                client.control("POST", "/control/mode", "{\"mode\":\"SLOW\",\"delayMillis\":50}")
                        .statusCode());
        JsonNode stats = json(client.control("GET", "/control/stats", null));
        assertEquals("SLOW", stats.get("mode").asText());
        assertEquals(50, stats.get("delayMillis").asInt());
        assertEquals(200, client.get("/webapi/risorse/clienti").statusCode());

        client.control("POST", "/control/mode", "{\"mode\":\"DOWN\"}");
        assertEquals(
                "DOWN",
                json(client.control("GET", "/control/stats", null)).get("mode").asText());
        client.control("POST", "/control/mode", "{\"mode\":\"UP\"}");
        assertEquals(
                200, new WebApiClient(simulator).get("/webapi/risorse/clienti").statusCode());
    }

    @Test
    void badControlCallsSayWhatIsWrong() throws Exception {
        assertEquals(
                400,
                client.control("POST", "/control/mode", "{\"mode\":\"ASLEEP\"}").statusCode());
        assertEquals(
                400,
                client.control("POST", "/control/mode", "{\"mode\":\"SLOW\"}").statusCode());
        assertEquals(
                400,
                client.control("POST", "/control/fail-next", "{\"count\":1}").statusCode());
        assertEquals(
                400,
                client.control("PUT", "/control/seed/clienti", "{\"codice\":\"C1\"}")
                        .statusCode());
        HttpResponse<String> unknown = client.control("PUT", "/control/seed/fatture", "[]");
        assertEquals(404, unknown.statusCode());
        assertTrue(json(unknown).get("error").asText().contains("fatture"), unknown.body());
        assertEquals(404, client.control("GET", "/control/nothing", null).statusCode());
    }

    @Test
    void failNextAndSeedAndReset() throws Exception {
        assertEquals(
                204,
                client.control("PUT", "/control/seed/articoli", "[{\"codice\":\"ART-1\",\"prezzo\":12.30}]")
                        .statusCode());
        assertEquals(
                204,
                client.control("POST", "/control/fail-next", "{\"count\":1,\"status\":503}")
                        .statusCode());

        assertEquals(503, client.get("/webapi/risorse/articoli").statusCode());
        HttpResponse<String> articles = client.get("/webapi/risorse/articoli");
        assertEquals(200, articles.statusCode());
        assertTrue(articles.body().contains("\"prezzo\":12.30"), articles.body());

        assertEquals(204, client.control("POST", "/control/reset", null).statusCode());
        assertEquals(
                0, json(client.get("/webapi/risorse/articoli")).get("totale").asInt());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }
}
