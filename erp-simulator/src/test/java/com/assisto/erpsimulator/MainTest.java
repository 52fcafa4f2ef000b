package com.assisto.erpsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run as the demo runs it: another JVM, stopped with SIGTERM. */
class MainTest {

    private static final Pattern READY =
            Pattern.compile("ERP simulator ready: WebAPI (http://\\S+), SOAP \\S+, control (http://\\S+)");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsFromTheCommandLineWithSeedsAndStopsOnSigterm(@TempDir Path seeds) throws Exception {
        Files.writeString(
                seeds.resolve("clienti.json"),
                "[{\"codice\":\"C001\",\"dt_mod\":\"20260110\"},{\"codice\":\"C002\",\"dt_mod\":\"20260301\"}]");
        Files.writeString(seeds.resolve("listini.json"), "[{\"listino\":1,\"prezzo\":10.00}]");
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--port",
                "0",
                "--control-port",
                "0",
                "--company",
                WebApiClient.COMPANY,
                "--seed-dir",
                seeds.toString());
        // the password comes from the environment, as the demo passes it
        command.environment().put(Main.PASSWORD_VARIABLE, WebApiClient.PASSWORD);
        command.redirectErrorStream(true);
        Process process = command.start();
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String ready = CompletableFuture.supplyAsync(() -> readLine(output)).get(60, TimeUnit.SECONDS);
            Matcher urls = READY.matcher(ready);
            assertTrue(urls.matches(), ready);
            String webApi = urls.group(1);

            JsonNode changedClients = Json.MAPPER.readTree(get(webApi + "/webapi/risorse/clienti?dal=20260201", true));
            String prices = get(webApi + "/webapi/risorse/listini", true);
            JsonNode stats = Json.MAPPER.readTree(get(urls.group(2) + "/control/stats", false));

            assertEquals(1, changedClients.get("totale").asInt());
            assertEquals("C002", changedClients.get("dati").get(0).get("codice").asText());
            assertTrue(prices.contains("\"prezzo\":10.00"), prices);
            assertEquals("UP", stats.get("mode").asText());

            process.destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stopped on SIGTERM");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void refusesToStartWithoutAPassword() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Main.start(new String[] {"--port", "0"}, null));

        assertTrue(refused.getMessage().contains(Main.PASSWORD_VARIABLE), refused.getMessage());
    }

    @Test
    void refusesAnUnknownOption() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Main.start(new String[] {"--colour", "blue"}, WebApiClient.PASSWORD));
    }

    private String get(String url, boolean asTheErpUser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (asTheErpUser) {
            request.header("Authorization", WebApiClient.AUTHORIZATION)
                    .header("Coordinate-Gestionale", WebApiClient.COORDINATES);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String readLine(BufferedReader output) {
        try {
            return output.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
