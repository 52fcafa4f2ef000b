package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What ops and integrators rely on (P4, P2): readiness, metrics, the OpenAPI document. */
class OperationsIT extends DeployedAssisto {

    @Test
    void readinessCoversTheDatabaseAndTheErpExchange() throws Exception {
        JsonNode health = Api.JSON.readTree(Operations.get("health/ready"));
        assertEquals("UP", health.get("status").asText());
        Map<String, String> checks = new HashMap<>();
        health.get("checks")
                .forEach(check -> checks.put(
                        check.get("name").asText(), check.get("status").asText()));
        assertEquals("UP", checks.get("database"));
        assertEquals("UP", checks.get("camel"));
        health.get("checks").forEach(check -> {
            if (check.get("name").asText().equals("database")) {
                assertEquals("PostgreSQL", check.get("data").get("product").asText());
            }
        });
    }

    @Test
    void openApiDescribesTheApi() {
        String openApi = Operations.get("openapi");
        for (String path : new String[] {
            "/api/customers:",
            "/api/customers/{id}:",
            "/api/items:",
            "/api/tariffs:",
            "/api/technicians:",
            "/api/codes/{table}:",
            "/api/users:"
        }) {
            assertTrue(openApi.contains(path), "OpenAPI documents " + path);
        }
        assertTrue(openApi.contains("scheme: basic"));
    }

    @Test
    void metricsAreExposed() {
        String metrics = Operations.get("metrics");
        assertTrue(metrics.contains("assisto_db_pool_connections{"), "the application's JDBC pool is monitored");
    }
}
