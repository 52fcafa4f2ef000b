package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Customer CRUD over REST on PostgreSQL (M1, P2): problem details, conflicts, seek paging. */
class CustomerApiIT extends DeployedAssisto {

    private final Api office = Api.as("office");

    /** A customer as the API takes it, in Milan. */
    static ObjectNode newCustomer(String code) {
        ObjectNode customer = Api.JSON
                .createObjectNode()
                .put("code", code)
                .put("name", "Impianti Test " + code)
                .put("vatNumber", "01234567897")
                .put("email", "test@example.it")
                .put("paymentTerms", "RB30")
                .put("tariff", "STD");
        customer.putObject("address")
                .put("street", "Via Roma 1")
                .put("postalCode", "20121")
                .put("city", "Milano")
                .put("province", "MI");
        return customer;
    }

    @Test
    void createReadUpdateDelete() {
        Api.Reply created = office.post("customers", newCustomer("T-CRUD-1"));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.raw().headers().firstValue("Location").orElse("").matches(".*/api/customers/\\d+"));
        JsonNode customer = created.json();
        long id = customer.get("id").asLong();
        assertEquals("STD", customer.get("tariff").asText());
        assertEquals("OK", customer.get("credit").get("standing").asText());

        ObjectNode change = newCustomer("T-CRUD-1")
                .put("name", "Impianti Test Rinominata")
                .put("version", customer.get("version").asLong());
        Api.Reply updated = office.put("customers/" + id, change);
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(
                "Impianti Test Rinominata",
                office.get("customers/" + id).json().get("name").asText());

        JsonNode withSite = office.post(
                        "customers/" + id + "/sites",
                        Map.of(
                                "version",
                                updated.json().get("version").asLong(),
                                "name",
                                "Magazzino",
                                "distanceKm",
                                42.5,
                                "address",
                                Map.of("city", "Lodi", "province", "LO")))
                .json();
        assertEquals(1, withSite.get("sites").size());
        assertEquals(42.5, withSite.get("sites").get(0).get("distanceKm").asDouble());

        Api.Reply deleted = office.delete(
                "customers/" + id + "?version=" + withSite.get("version").asLong());
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(404, office.get("customers/" + id).status());
    }

    @Test
    void badInputIsAProblemDetailNamingEachField() {
        ObjectNode bad = newCustomer("T-BAD-1")
                .put("vatNumber", "12345678901")
                .put("email", "nobody")
                .putNull("name");
        Api.Reply reply = office.post("customers", bad);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonNode problem = reply.json();
        assertEquals(400, problem.get("status").asInt());
        Set<String> fields = new HashSet<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertEquals(Set.of("name", "vatNumber", "email"), fields);
        assertEquals(0, office.get("customers?code=T-BAD-1").json().get("items").size(), "nothing was stored");
    }

    @Test
    void malformedJsonAndUnknownIdsAreProblems() {
        Api.Reply malformed = office.post("customers", "{\"code\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        assertTrue(malformed.contentType().startsWith("application/problem+json"));

        Api.Reply missing = office.get("customers/999999999");
        assertEquals(404, missing.status());
        assertEquals("urn:assisto:problem:not-found", missing.json().get("type").asText());

        Api.Reply badLimit = office.get("customers?limit=5000");
        assertEquals(400, badLimit.status());
        assertEquals("limit", badLimit.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aStaleVersionIsAConflict() {
        JsonNode customer = office.post("customers", newCustomer("T-LOCK-1")).json();
        long id = customer.get("id").asLong();
        long version = customer.get("version").asLong();
        assertEquals(
                200,
                office.put(
                                "customers/" + id,
                                newCustomer("T-LOCK-1").put("version", version).put("name", "First edit"))
                        .status());

        Api.Reply stale = office.put(
                "customers/" + id,
                newCustomer("T-LOCK-1").put("version", version).put("name", "Second edit from an old copy"));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("urn:assisto:problem:conflict", stale.json().get("type").asText());
        assertEquals(
                "First edit", office.get("customers/" + id).json().get("name").asText());
    }

    @Test
    void concurrentEditsOfOneCustomerLetExactlyOneWin() throws Exception {
        JsonNode customer = office.post("customers", newCustomer("T-RACE-1")).json();
        long id = customer.get("id").asLong();
        long version = customer.get("version").asLong();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Concurrent edit " + i;
            Callable<Integer> edit = () -> {
                start.await();
                return office.put(
                                "customers/" + id,
                                newCustomer("T-RACE-1").put("version", version).put("name", name))
                        .status();
            };
            statuses.add(pool.submit(edit));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<Integer> status : statuses) {
            int code = status.get();
            if (code == 200) {
                won++;
            } else if (code == 409) {
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, won, "exactly one of the concurrent edits from the same version is applied");
        assertEquals(writers - 1, conflicts);
        assertEquals(
                version + 1, office.get("customers/" + id).json().get("version").asLong());
    }

    @Test
    void seekPagingWalksAFilteredListWithoutGapsOrRepeats() {
        List<String> codes = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = office.get("customers?city=milano&limit=7" + (after == null ? "" : "&after=" + after))
                    .json();
            page.get("items").forEach(item -> {
                assertEquals("Milano", item.get("city").asText());
                codes.add(item.get("code").asText());
            });
            after = page.hasNonNull("next") ? page.get("next").asText() : null;
            pages++;
        } while (after != null && pages < 100);
        assertTrue(pages > 2, "the demo data has several pages of customers in Milano");
        assertEquals(codes.size(), new HashSet<>(codes).size(), "no customer appears twice");
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes, "pages follow code order");
        for (int size : new int[] {3, 7, 11}) {
            // each page size is a query of its own, kept translated: none may serve another's size
            List<String> firstPage = new ArrayList<>();
            office.get("customers?city=milano&limit=" + size)
                    .json()
                    .get("items")
                    .forEach(item -> firstPage.add(item.get("code").asText()));
            assertEquals(codes.subList(0, size), firstPage, "the first page of " + size);
        }

        JsonNode byVat = office.get("customers?vatNumber="
                        + office.get("customers/"
                                        + office.get("customers?code=501.00002")
                                                .json()
                                                .get("items")
                                                .get(0)
                                                .get("id")
                                                .asLong())
                                .json()
                                .get("vatNumber")
                                .asText())
                .json();
        assertEquals("501.00002", byVat.get("items").get(0).get("code").asText());
        JsonNode byName = office.get("customers?name=farmacia&limit=200").json().get("items");
        assertFalse(byName.isEmpty());
        byName.forEach(
                item -> assertTrue(item.get("name").asText().toLowerCase().startsWith("farmacia")));
    }

    @Test
    void creditStatusShowsTheStanding() {
        JsonNode customer = office.post("customers", newCustomer("T-CREDIT-1")).json();
        JsonNode blocked = office.put(
                        "customers/" + customer.get("id").asLong() + "/credit",
                        Map.of("openItems", 1500.5, "overdueAmount", 700, "blocked", true))
                .json();
        assertEquals("BLOCKED", blocked.get("credit").get("standing").asText());
        assertEquals(
                "700.00",
                blocked.get("credit").get("overdueAmount").decimalValue().toPlainString());
        assertNotNull(blocked.get("credit").get("updatedOn"));
    }
}
