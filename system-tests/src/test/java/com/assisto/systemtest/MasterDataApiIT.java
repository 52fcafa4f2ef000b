package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Items with stock, tariffs with dated prices, technicians, code tables and users over REST (M2-M5, P1). */
class MasterDataApiIT extends DeployedAssisto {

    private final Api office = Api.as("office");

    @Test
    void itemsCarryStockPerWarehouseAndIncomingQuantities() {
        Api.Reply created = office.post(
                "items",
                Map.of(
                        "code",
                        "T-ITEM-1",
                        "description",
                        "Test copier",
                        "unitPrice",
                        2500,
                        "warrantyMonths",
                        24,
                        "warrantyUrgency",
                        "NBD",
                        "autoRenew",
                        true,
                        "warrantyConvertible",
                        true,
                        "serialTracked",
                        true));
        assertEquals(201, created.status(), created::toString);
        JsonNode stocked = office.put(
                        "items/by-code/T-ITEM-1/stock/MAIN",
                        Map.of("onHand", 7, "committed", 2, "onOrder", 10, "expectedOn", "2027-01-15"))
                .json();
        JsonNode main = stocked.get("stock").get(0);
        assertEquals("MAIN", main.get("warehouse").asText());
        assertEquals(5, main.get("available").asInt());
        assertEquals("2027-01-15", main.get("expectedOn").asText());
        assertEquals(10, stocked.get("totalOnOrder").asInt());

        Api.Reply invalid = office.post("items", Map.of("code", "T-ITEM-2", "description", "", "unitPrice", -1));
        assertEquals(400, invalid.status());
        assertEquals(List.of("description", "unitPrice"), fields(invalid.json()));

        JsonNode found = office.get("items?q=T-ITEM").json().get("items");
        assertEquals("T-ITEM-1", found.get(0).get("code").asText());
    }

    @Test
    void tariffsKeepEveryPriceAndAnswerThePriceAtADate() {
        String itemCode = office.get("items?limit=1")
                .json()
                .get("items")
                .get(0)
                .get("code")
                .asText();
        JsonNode tariff = office.post("tariffs", Map.of("code", "T-TAR", "name", "Test tariff"))
                .json();
        long id = tariff.get("id").asLong();
        tariff = office.post(
                        "tariffs/" + id + "/prices",
                        Map.of(
                                "version",
                                tariff.get("version").asLong(),
                                "itemCode",
                                itemCode,
                                "validFrom",
                                "2024-01-01",
                                "monthlyPrice",
                                10))
                .json();
        tariff = office.post(
                        "tariffs/" + id + "/prices",
                        Map.of(
                                "version",
                                tariff.get("version").asLong(),
                                "itemCode",
                                itemCode,
                                "validFrom",
                                "2025-01-01",
                                "monthlyPrice",
                                12.5))
                .json();
        assertEquals(2, tariff.get("prices").size(), "the old price stays as history");

        assertEquals("10.00", price(id, itemCode, "2024-12-31"));
        assertEquals("12.50", price(id, itemCode, "2025-01-01"));
        assertEquals(
                404,
                office.get("tariffs/" + id + "/price?item=" + itemCode + "&date=2023-06-30")
                        .status());
        assertEquals(
                400,
                office.get("tariffs/" + id + "/price?item=" + itemCode + "&date=yesterday")
                        .status());

        Api.Reply sameDay = office.post(
                "tariffs/" + id + "/prices",
                Map.of(
                        "version",
                        tariff.get("version").asLong(),
                        "itemCode",
                        itemCode,
                        "validFrom",
                        "2025-01-01",
                        "monthlyPrice",
                        13));
        assertEquals(400, sameDay.status());
        assertEquals("validFrom", fields(sameDay.json()).get(0));

        Api.Reply stale = office.post(
                "tariffs/" + id + "/prices",
                Map.of("version", 0, "itemCode", itemCode, "validFrom", "2026-01-01", "monthlyPrice", 13));
        assertEquals(409, stale.status());
    }

    @Test
    void demoTariffsHaveAPriceHistory() {
        // found by its code: other tests add tariffs that sort before the demo's
        JsonNode standard = java.util.stream.StreamSupport.stream(
                        office.get("tariffs").json().spliterator(), false)
                .filter(tariff -> tariff.get("code").asText().equals("STD"))
                .findFirst()
                .orElseThrow();
        JsonNode prices =
                office.get("tariffs/" + standard.get("id").asLong()).json().get("prices");
        assertTrue(prices.size() > 300, "three dated prices for each maintainable item");
    }

    @Test
    void techniciansAndCodeTables() {
        JsonNode technician = office.post(
                        "technicians",
                        Map.of(
                                "code",
                                "T-TECH",
                                "name",
                                "Test Technician",
                                "hourlyCost",
                                28,
                                "hourlySellRate",
                                45,
                                "skills",
                                List.of("HVAC", "f-gas certified")))
                .json();
        assertEquals(
                List.of("f-gas certified", "hvac"),
                List.of(
                        technician.get("skills").get(0).asText(),
                        technician.get("skills").get(1).asText()));
        assertEquals(8 + 1, Api.as("tech1").get("technicians").json().size());

        Api.Reply created =
                office.post("codes/service-typology", Map.of("code", "42", "description", "Lift maintenance"));
        assertEquals(201, created.status(), created::toString);
        Api.Reply tooBig = office.post("codes/service-typology", Map.of("code", "1000", "description", "Too big"));
        assertEquals(400, tooBig.status());
        assertEquals("code", fields(tooBig.json()).get(0));
        Api.Reply duplicate = office.post("codes/service-typology", Map.of("code", "42", "description", "Again"));
        assertEquals(400, duplicate.status());
        JsonNode updated = office.put(
                        "codes/service-typology/42",
                        Map.of(
                                "version",
                                created.json().get("version").asLong(),
                                "description",
                                "Lift maintenance (full)",
                                "active",
                                false))
                .json();
        assertEquals(false, updated.get("active").asBoolean());
        assertEquals(404, office.get("codes/no-such-table").status());
    }

    @Test
    void administratorsManageUsersAndNewUsersCanLogIn() {
        Api admin = Api.as("admin");
        Api.Reply created = admin.post(
                "users",
                Map.of(
                        "username",
                        "t.bianchi",
                        "fullName",
                        "Tina Bianchi",
                        "password",
                        "s3cret-pass",
                        "roles",
                        List.of("BACKOFFICE")));
        assertEquals(201, created.status(), created::toString);
        assertTrue(
                !created.body().contains("s3cret")
                        && !created.body().toLowerCase().contains("hash"),
                "no password or hash leaves the server");
        assertEquals(
                200, Api.as("t.bianchi", "s3cret-pass").get("customers?limit=1").status());

        Api.Reply unbound = admin.post(
                "users", Map.of("username", "t.customer", "password", "whatever-pass-1", "roles", List.of("CUSTOMER")));
        assertEquals(400, unbound.status());
        assertEquals("customer", fields(unbound.json()).get(0));

        long id = created.json().get("id").asLong();
        assertEquals(
                204,
                admin.put("users/" + id + "/password", Map.of("password", "another-pass"))
                        .status());
        assertEquals(
                401, Api.as("t.bianchi", "s3cret-pass").get("customers?limit=1").status());
        assertEquals(
                200,
                Api.as("t.bianchi", "another-pass").get("customers?limit=1").status());

        JsonNode current = admin.get("users").json();
        long version = java.util.stream.StreamSupport.stream(current.spliterator(), false)
                .filter(user -> user.get("username").asText().equals("t.bianchi"))
                .findFirst()
                .orElseThrow()
                .get("version")
                .asLong();
        Api.Reply deactivated = admin.put(
                "users/" + id,
                Map.of(
                        "version",
                        version,
                        "fullName",
                        "Tina Bianchi",
                        "roles",
                        List.of("BACKOFFICE"),
                        "active",
                        false));
        assertEquals(200, deactivated.status(), deactivated::toString);
        assertEquals(
                401,
                Api.as("t.bianchi", "another-pass").get("customers?limit=1").status(),
                "a deactivated user is refused at once, even right after a successful call");
    }

    private String price(long tariffId, String itemCode, String date) {
        return office.get("tariffs/" + tariffId + "/price?item=" + itemCode + "&date=" + date)
                .json()
                .get("monthlyPrice")
                .decimalValue()
                .setScale(2)
                .toPlainString();
    }

    private static List<String> fields(JsonNode problem) {
        return java.util.stream.StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText())
                .toList();
    }
}
