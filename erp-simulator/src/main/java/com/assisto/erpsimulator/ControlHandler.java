package com.assisto.erpsimulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The control API under {@code /control/}: plain JSON without authentication, for tests, the demo and people. */
final class ControlHandler implements HttpHandler {

    private static final String SEED = "/control/seed/";
    private static final TypeReference<List<Map<String, Object>>> RECORDS = new TypeReference<>() {};

    private final ErpSimulator simulator;
    private final Gate gate;

    ControlHandler(ErpSimulator simulator, Gate gate) {
        this.simulator = simulator;
        this.gate = gate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String call =
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        try {
            switch (call) {
                case "GET /control/received" ->
                    Json.send(
                            exchange,
                            200,
                            simulator.received().stream()
                                    .map(ControlHandler::asJson)
                                    .toList());
                case "GET /control/stats" -> Json.send(exchange, 200, stats());
                case "POST /control/mode" -> {
                    changeMode(body(exchange));
                    Json.sendNoContent(exchange);
                }
                case "POST /control/fail-next" -> {
                    JsonNode body = body(exchange);
                    simulator.failNext(requiredInt(body, "count"), requiredInt(body, "status"));
                    Json.sendNoContent(exchange);
                }
                case "POST /control/reset" -> {
                    simulator.reset();
                    Json.sendNoContent(exchange);
                }
                default -> {
                    if (call.startsWith("PUT " + SEED)) {
                        seed(exchange, call.substring(("PUT " + SEED).length()));
                    } else {
                        throw new ErpException(404, "no control call " + call);
                    }
                }
            }
        } catch (ErpException e) {
            Json.send(exchange, e.status(), Map.of("error", e.getMessage()));
        } catch (IllegalArgumentException e) {
            Json.send(exchange, 400, Map.of("error", e.getMessage()));
        }
    }

    private Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("posts", simulator.postsReceived());
        stats.put("maxConcurrent", simulator.maxConcurrent());
        stats.put("unauthorizedCalls", simulator.unauthorizedCalls());
        stats.put("mode", gate.mode().name());
        stats.put("delayMillis", gate.delay().toMillis());
        stats.put("received", simulator.received().size());
        return stats;
    }

    private void changeMode(JsonNode body) throws ErpException {
        JsonNode mode = body.get("mode");
        if (mode == null || !mode.isTextual()) {
            throw new ErpException(400, "mode is required, one of " + List.of(Mode.values()));
        }
        Mode newMode;
        try {
            newMode = Mode.valueOf(mode.asText());
        } catch (IllegalArgumentException e) {
            throw new ErpException(
                    400, "unknown mode " + mode.asText() + ", expected one of " + List.of(Mode.values()));
        }
        Duration delay = Duration.ZERO;
        if (newMode == Mode.SLOW) {
            delay = Duration.ofMillis(requiredInt(body, "delayMillis"));
        }
        simulator.mode(newMode, delay);
    }

    private void seed(HttpExchange exchange, String resource) throws IOException, ErpException {
        if (!Ledger.RESOURCES.contains(resource)) {
            throw new ErpException(404, "unknown resource " + resource + ", expected one of " + Ledger.RESOURCES);
        }
        List<Map<String, Object>> records;
        try {
            records = Json.MAPPER.readValue(exchange.getRequestBody(), RECORDS);
        } catch (JsonProcessingException e) {
            throw new ErpException(400, "the body must be a JSON array of objects: " + e.getOriginalMessage());
        }
        simulator.seed(resource, records);
        Json.sendNoContent(exchange);
    }

    private static JsonNode body(HttpExchange exchange) throws IOException, ErpException {
        return Json.readBody(exchange)
                .filter(JsonNode::isObject)
                .orElseThrow(() -> new ErpException(400, "the body must be a JSON object"));
    }

    private static int requiredInt(JsonNode body, String field) throws ErpException {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ErpException(400, field + " is required, a whole number");
        }
        return value.intValue();
    }

    private static Map<String, Object> asJson(ReceivedDocument document) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", document.key());
        json.put("type", document.type());
        json.put("customer", document.customer());
        json.put("json", document.json());
        json.put("erpId", document.erpId());
        json.put("invoiceNumber", document.invoiceNumber());
        json.put("invoiceDate", document.invoiceDate().toString());
        json.put("timesPosted", document.timesPosted());
        return json;
    }
}
