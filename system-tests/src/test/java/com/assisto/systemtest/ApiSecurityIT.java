package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call what (P1): the role x endpoint matrix, and customers confined to their own data. */
class ApiSecurityIT extends DeployedAssisto {

    static Stream<Arguments> matrix() {
        return Stream.of(
                // user, method, path, expected status
                Arguments.of(null, "GET", "customers", 401),
                Arguments.of(null, "GET", "items", 401),
                Arguments.of(null, "GET", "ping", 401),
                Arguments.of("admin", "GET", "customers", 200),
                Arguments.of("office", "GET", "customers", 200),
                Arguments.of("tech1", "GET", "customers", 200),
                Arguments.of("customer1", "GET", "customers", 200),
                Arguments.of("tech1", "POST", "customers", 403),
                Arguments.of("customer1", "POST", "customers", 403),
                Arguments.of("admin", "GET", "items", 200),
                Arguments.of("tech1", "GET", "items", 200),
                Arguments.of("customer1", "GET", "items", 403),
                Arguments.of("tech1", "POST", "items", 403),
                Arguments.of("office", "GET", "tariffs", 200),
                Arguments.of("tech1", "GET", "tariffs", 403),
                Arguments.of("customer1", "GET", "tariffs", 403),
                Arguments.of("tech1", "GET", "technicians", 200),
                Arguments.of("customer1", "GET", "technicians", 403),
                Arguments.of("tech1", "POST", "technicians", 403),
                Arguments.of("customer1", "GET", "codes/urgency-class", 200),
                Arguments.of("tech1", "POST", "codes/urgency-class", 403),
                Arguments.of("admin", "GET", "users", 200),
                Arguments.of("office", "GET", "users", 403),
                Arguments.of("tech1", "GET", "users", 403),
                Arguments.of("customer1", "GET", "users", 403),
                Arguments.of(null, "GET", "contracts", 401),
                Arguments.of("office", "GET", "contracts", 200),
                Arguments.of("tech1", "GET", "contracts", 200),
                Arguments.of("customer1", "GET", "contracts", 200),
                Arguments.of("tech1", "POST", "contracts", 403),
                Arguments.of("customer1", "POST", "contracts", 403),
                Arguments.of("office", "GET", "contract-types", 200),
                Arguments.of("customer1", "GET", "contract-types", 403),
                Arguments.of("tech1", "POST", "contract-types", 403),
                Arguments.of("customer1", "GET", "equipment", 200),
                Arguments.of("customer1", "POST", "equipment", 403),
                Arguments.of("customer1", "GET", "equipment-types", 403),
                Arguments.of("tech1", "GET", "equipment-types", 200),
                Arguments.of("tech1", "POST", "equipment-types", 403),
                Arguments.of("customer1", "GET", "plants", 200),
                Arguments.of("customer1", "POST", "plants", 403),
                Arguments.of("tech1", "POST", "plants", 403),
                Arguments.of("customer1", "DELETE", "attachments/1", 403),
                Arguments.of("tech1", "DELETE", "attachments/1", 403),
                Arguments.of("office", "POST", "billing/runs", 403),
                Arguments.of("office", "GET", "delivery-notes", 200),
                Arguments.of("tech1", "GET", "delivery-notes", 403),
                Arguments.of("customer1", "POST", "billing/runs", 403));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("matrix")
    void roleMatrix(String user, String method, String path, int expected) {
        Api api = user == null ? Api.anonymous() : Api.as(user);
        Api.Reply reply = api.send(method, path, method.equals("POST") ? "{}" : null);
        assertEquals(expected, reply.status(), reply::toString);
        if (expected == 401) {
            assertTrue(
                    reply.raw()
                            .headers()
                            .firstValue("WWW-Authenticate")
                            .orElse("")
                            .startsWith("Basic"),
                    "a 401 challenges for Basic credentials");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertEquals(401, Api.as("office", "not-the-password").get("customers").status());
        assertEquals(401, Api.as("nobody", "nobody").get("customers").status());
    }

    @Test
    void aCustomerSeesOnlyItsOwnCustomer() {
        JsonNode own = Api.as("customer1").get("customers?limit=200").json().get("items");
        assertEquals(1, own.size(), "a customer user lists exactly one customer");
        assertEquals("501.00001", own.get(0).get("code").asText());
        long ownId = own.get(0).get("id").asLong();
        assertEquals(200, Api.as("customer1").get("customers/" + ownId).status());

        JsonNode other = Api.as("office")
                .get("customers?code=501.00002")
                .json()
                .get("items")
                .get(0);
        Api.Reply refused =
                Api.as("customer1").get("customers/" + other.get("id").asLong());
        assertEquals(404, refused.status(), "another customer's record is not there: " + refused);
        assertTrue(refused.contentType().startsWith("application/problem+json"));

        JsonNode filtered =
                Api.as("customer1").get("customers?code=501.00002").json().get("items");
        assertEquals(0, filtered.size(), "filters cannot widen a customer's view");
    }

    @Test
    void pingNamesTheCaller() {
        assertEquals("tech1", Api.as("tech1").get("ping").json().get("user").asText());
    }
}
