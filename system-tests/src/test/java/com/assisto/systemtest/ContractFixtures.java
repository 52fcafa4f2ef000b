package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Sets up, through the API, what a back-office user would before writing contracts: items, a
 * tariff pricing them, a customer on that tariff, a contract type with custom fields, equipment.
 * Every call names its own codes, so tests never depend on each other or on the demo data.
 */
final class ContractFixtures {

    final Api office = Api.as("office");
    final String prefix;
    final long customerId;
    final String typeCode;
    final long equipmentId;

    /**
     * @param prefix     short unique code prefix for this test's records
     * @param typeCode   contract type to create (1–999, unique per test)
     */
    ContractFixtures(String prefix, String typeCode) {
        this.prefix = prefix;
        this.typeCode = typeCode;
        created(office.post(
                "items",
                Map.of(
                        "code",
                        prefix + "-CP",
                        "description",
                        "Copier " + prefix,
                        "unitPrice",
                        2500,
                        "serialTracked",
                        true)));
        created(office.post("items", Map.of("code", prefix + "-FX", "description", "Fax " + prefix, "unitPrice", 300)));
        JsonNode tariff = created(office.post("tariffs", Map.of("code", prefix + "-T", "name", "Tariff " + prefix)));
        long tariffId = tariff.get("id").asLong();
        office.post(
                "tariffs/" + tariffId + "/prices",
                Map.of(
                        "version",
                        tariff.get("version").asLong(),
                        "itemCode",
                        prefix + "-CP",
                        "validFrom",
                        "2024-01-01",
                        "monthlyPrice",
                        30));
        ObjectNode customer = Api.JSON
                .createObjectNode()
                .put("code", prefix + "-C")
                .put("name", "Cliente " + prefix + " Srl")
                .put("vatNumber", "01234567897")
                .put("legalRepresentative", "Giulia Bassi")
                .put("paymentTerms", "RB30")
                .put("tariff", prefix + "-T");
        customer.putObject("address")
                .put("street", "Via Po 3")
                .put("postalCode", "10121")
                .put("city", "Torino")
                .put("province", "TO");
        JsonNode createdCustomer = created(office.post("customers", customer));
        customerId = createdCustomer.get("id").asLong();
        JsonNode withSite = office.post(
                        "customers/" + customerId + "/sites",
                        Map.of(
                                "version",
                                createdCustomer.get("version").asLong(),
                                "name",
                                "Sede Torino",
                                "distanceKm",
                                12))
                .json();
        long siteId = withSite.get("sites").get(0).get("id").asLong();
        created(office.post("contract-types", type(typeCode, prefix)));
        equipmentId = created(office.post(
                        "equipment",
                        map(
                                "customerId",
                                customerId,
                                "siteId",
                                siteId,
                                "itemCode",
                                prefix + "-CP",
                                "serialNumber",
                                prefix + "-SN1",
                                "description",
                                "Copier " + prefix,
                                "manufacturer",
                                "Ricoh",
                                "manufacturerSerial",
                                "RX-" + prefix,
                                "locationDetail",
                                "2nd floor",
                                "saleDate",
                                "2024-06-01",
                                "warrantyEnd",
                                "2025-05-31",
                                "soldByUs",
                                true)))
                .get("id")
                .asLong();
    }

    static Map<String, Object> type(String code, String prefix) {
        return map(
                "code",
                code,
                "name",
                "Full service " + prefix,
                "durationMonths",
                12,
                "billingMonths",
                3,
                "renewalMonths",
                12,
                "autoRenew",
                true,
                "warranty",
                false,
                "quoteValidityDays",
                30,
                "numberPrefix",
                "C" + code,
                "quotePrefix",
                "Q" + code,
                "fields",
                List.of(
                        Map.of(
                                "key",
                                "responseHours",
                                "label",
                                "Response time (hours)",
                                "kind",
                                "NUMBER",
                                "required",
                                true),
                        Map.of(
                                "key",
                                "level",
                                "label",
                                "Service level",
                                "kind",
                                "CHOICE",
                                "required",
                                false,
                                "options",
                                "Gold;Silver"),
                        Map.of(
                                "key",
                                "visits",
                                "label",
                                "Planned visits",
                                "kind",
                                "TABLE",
                                "required",
                                false,
                                "options",
                                "month:NUMBER;task:TEXT")));
    }

    /** A quote for the customer from 1 Jan 2025, covering the equipment. */
    JsonNode quote() {
        return created(office.post(
                "contracts",
                Map.of(
                        "type",
                        typeCode,
                        "customerId",
                        customerId,
                        "startDate",
                        "2025-01-01",
                        "customFields",
                        Map.of(
                                "responseHours",
                                8,
                                "level",
                                "Gold",
                                "visits",
                                List.of(Map.of("month", 3, "task", "Cleaning"))),
                        "lines",
                        List.of(Map.of("equipmentId", equipmentId)))));
    }

    JsonNode confirm(JsonNode quote) {
        Api.Reply confirmed = office.post(
                "contracts/" + quote.get("id").asLong() + "/confirm",
                Map.of("version", quote.get("version").asLong()));
        assertEquals(200, confirmed.status(), confirmed::toString);
        return confirmed.json();
    }

    /** A JSON object from alternating keys and values, in that order. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            map.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return map;
    }

    static JsonNode created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static List<String> fields(JsonNode problem) {
        return java.util.stream.StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText())
                .toList();
    }
}
