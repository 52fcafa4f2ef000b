package com.assisto.erpsimulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A caller of the simulator's WebAPI and control API, as Assisto calls the real ERP: real HTTP on the loopback. */
final class WebApiClient {

    static final String USER = "assisto";
    static final String PASSWORD = "s3cret";
    static final String COMPANY = "DEMO";
    static final String AUTHORIZATION = "Passepartout "
            + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final String COORDINATES = "Azienda=" + COMPANY + " Anno=2026 Magazzino=1";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ErpSimulator simulator;

    WebApiClient(ErpSimulator simulator) {
        this.simulator = simulator;
    }

    static ErpSimulator startSimulator() {
        return ErpSimulator.start(new ErpSimulator.Settings(0, 0, USER, PASSWORD, COMPANY));
    }

    /** A WebAPI request with valid credentials and coordinates. */
    HttpRequest.Builder webApi(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.webApiUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", AUTHORIZATION)
                .header("Coordinate-Gestionale", COORDINATES);
    }

    HttpResponse<String> get(String path) {
        return send(webApi(path).GET().build());
    }

    /** Posts a document to invoice under its key, as both the header and the body's riferimento. */
    HttpResponse<String> postDocument(String key, String body) {
        return send(webApi("/webapi/risorse/documenti/da-fatturare")
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static String document(String key, String type, String customer, String date) {
        return Json.write(Map.of(
                "riferimento",
                key,
                "tipo",
                type,
                "cod_cliente",
                customer,
                "data_documento",
                date,
                "importo",
                new BigDecimal("122.50")));
    }

    HttpResponse<String> control(String method, String path, String body) {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(simulator.controlUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, publisher)
                .build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
