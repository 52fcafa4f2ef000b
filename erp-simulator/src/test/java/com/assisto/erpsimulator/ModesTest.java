package com.assisto.erpsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The modes that change how the ERP answers over time: DOWN, SLOW and the limit of concurrent calls. */
class ModesTest extends RunningSimulator {

    @Test
    void downRefusesConnectionsAndUpServesAgainOnTheSamePort() throws Exception {
        String url = simulator.webApiUrl();
        int port = URI.create(url).getPort();
        assertEquals(200, client.get("/webapi/risorse/clienti").statusCode());

        simulator.mode(Mode.DOWN);

        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        // a fresh client: one with a pooled connection would first see that connection closed
        UncheckedIOException refused = assertThrows(
                UncheckedIOException.class,
                () -> new WebApiClient(simulator).get("/webapi/risorse/clienti"),
                "a refused connection, not an answer");
        assertInstanceOf(ConnectException.class, refused.getCause());

        simulator.mode(Mode.UP);

        assertEquals(url, simulator.webApiUrl());
        assertEquals(
                200, new WebApiClient(simulator).get("/webapi/risorse/clienti").statusCode());
    }

    @Test
    void slowDelaysEveryAnswer() {
        simulator.mode(Mode.SLOW, Duration.ofMillis(600));

        long start = System.nanoTime();
        HttpResponse<String> response = client.get("/webapi/risorse/clienti");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(200, response.statusCode());
        assertTrue(elapsedMillis >= 600, "answered after " + elapsedMillis + " ms");
    }

    @Test
    void theSixthConcurrentCallOfAUserIsRefusedWith429() throws Exception {
        simulator.mode(Mode.SLOW, Duration.ofSeconds(3));
        HttpRequest request = client.webApi("/webapi/risorse/clienti").build();
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < Gate.MAX_CONCURRENT_PER_USER; i++) {
            inFlight.add(client.sendAsync(request));
        }
        awaitMaxConcurrent(Gate.MAX_CONCURRENT_PER_USER);

        HttpResponse<String> sixth = client.send(request);

        assertEquals(429, sixth.statusCode(), sixth.body());
        assertEquals(
                "troppe chiamate contemporanee",
                Json.MAPPER.readTree(sixth.body()).get("errore").asText());
        for (CompletableFuture<HttpResponse<String>> call : inFlight) {
            assertEquals(200, call.get(20, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(5, simulator.maxConcurrent());
    }

    @Test
    void aResetComesBackUpFromDown() {
        simulator.mode(Mode.DOWN);

        simulator.reset();

        assertEquals(
                200, new WebApiClient(simulator).get("/webapi/risorse/clienti").statusCode());
    }

    @Test
    void slowNeedsADelay() {
        assertThrows(IllegalArgumentException.class, () -> simulator.mode(Mode.SLOW));
    }

    private static void awaitMaxConcurrent(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (simulator.maxConcurrent() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, simulator.maxConcurrent(), "calls in flight at once");
    }
}
