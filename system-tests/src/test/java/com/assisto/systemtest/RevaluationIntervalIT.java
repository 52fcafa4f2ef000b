package com.assisto.systemtest;

import static com.assisto.systemtest.ContractFixtures.created;
import static com.assisto.systemtest.ContractFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A two-year contract whose index clause runs over the term (C6): not revalued at its first
 * anniversary, and renewed with the 24-month variation, recorded with its months. DOMAIN.md's FOI
 * values: Aug 2022 113.2 → Aug 2024 120.1 = +6.1 %, at 75 % +4.575 %: 2,400.00 → 2,509.80.
 */
class RevaluationIntervalIT extends DeployedAssisto {

    private final Api admin = Api.as("admin");

    private JsonNode run(String date) throws InterruptedException {
        Api.Reply started = admin.post("renewals/runs?date=" + date, null);
        assertEquals(202, started.status(), started::toString);
        long runId = started.json().get("id").asLong();
        return LifecycleIT.waitForRun(runId);
    }

    @Test
    void aClauseRevaluedOverATwoYearTermRenewsWithTheTwentyFourMonthVariation() throws InterruptedException {
        ContractFixtures fixtures = new ContractFixtures("OT", "951");
        Api office = fixtures.office;
        created(office.post(
                "indices",
                map(
                        "code",
                        "T-OT",
                        "name",
                        "FOI senza tabacchi",
                        "variationDecimals",
                        1,
                        "bases",
                        List.of(map("label", "2015=100", "from", "2016-01")))));
        office.put("indices/T-OT/values/2022-08", map("value", new BigDecimal("113.2"), "provisional", false));
        JsonNode quote = created(office.post(
                "contracts",
                map(
                        "type",
                        fixtures.typeCode,
                        "customerId",
                        fixtures.customerId,
                        "startDate",
                        "2022-09-01",
                        "durationMonths",
                        24,
                        "renewalMonths",
                        24,
                        "billingMonths",
                        3,
                        "autoRenew",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(map("itemCode", "OT-FX", "price", new BigDecimal("2400.00"))))));
        long id = quote.get("id").asLong();

        Api.Reply unknown = office.put(
                "contracts/" + id + "/revaluation",
                map(
                        "version",
                        quote.get("version").asLong(),
                        "revaluation",
                        map("indexCode", "T-OT", "sharePercent", 75, "lagMonths", 1, "interval", "BIENNIAL")));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(
                "revaluation.interval",
                unknown.json().get("errors").get(0).get("field").asText());

        JsonNode clause = office.put(
                        "contracts/" + id + "/revaluation",
                        map(
                                "version",
                                quote.get("version").asLong(),
                                "revaluation",
                                map(
                                        "indexCode",
                                        "T-OT",
                                        "sharePercent",
                                        75,
                                        "decreasesApplied",
                                        false,
                                        "lagMonths",
                                        1,
                                        "interval",
                                        "OVER_TERM")))
                .json();
        assertEquals("OVER_TERM", clause.get("revaluation").get("interval").asText(), clause::toString);
        JsonNode contract = fixtures.confirm(clause);
        assertTrue(
                contract.path("nextAnniversary").isNull()
                        || contract.path("nextAnniversary").isMissingNode(),
                "no anniversary revaluation inside the term: " + contract);

        JsonNode firstAnniversary = run("2023-09-02");
        assertEquals(0, firstAnniversary.get("revalued").asInt(), firstAnniversary::toString);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM revaluation WHERE contract_id = " + id));

        JsonNode waiting = office.get("contracts/" + id + "/renewal-preview").json();
        assertEquals(
                "waiting for index T-OT values of 2022-08 and 2024-08",
                waiting.get("waitingFor").asText(),
                waiting::toString);
        office.put("indices/T-OT/values/2024-08", map("value", new BigDecimal("120.1"), "provisional", false));
        JsonNode preview = office.get("contracts/" + id + "/renewal-preview").json();
        assertEquals(
                "T-OT 2022-08 113.200 → 2024-08 120.100 = +6.1 % × 75 % → +4.575 %",
                preview.get("revaluation").asText(), preview::toString);
        assertEquals(
                0,
                new BigDecimal("2509.80")
                        .compareTo(preview.get("lines").get(0).get("next").decimalValue()),
                preview::toString);

        JsonNode renewal = run("2024-09-02");
        assertEquals("COMPLETED", renewal.get("status").asText(), renewal::toString);
        JsonNode outcome =
                office.get("contracts/" + id + "/renewal-outcomes").json().get(0);
        assertEquals("RENEWED", outcome.get("result").asText(), outcome::toString);
        JsonNode successor =
                office.get("contracts/" + outcome.get("successorId").asLong()).json();
        assertEquals("2024-09-01", successor.get("startDate").asText());
        assertEquals(
                0, new BigDecimal("2509.80").compareTo(successor.get("value").decimalValue()), successor::toString);
        assertEquals("OVER_TERM", successor.get("revaluation").get("interval").asText());
        JsonNode record = office.get("contracts/" + successor.get("id").asLong() + "/revaluations")
                .json()
                .get(0);
        assertEquals("2022-08", record.get("fromMonth").asText(), record::toString);
        assertEquals("2024-08", record.get("toMonth").asText());
        assertEquals(
                0,
                new BigDecimal("6.1").compareTo(record.get("variationPercent").decimalValue()));
        assertEquals(
                0,
                new BigDecimal("4.575").compareTo(record.get("appliedPercent").decimalValue()));
        assertEquals(
                0,
                new BigDecimal("2400.00").compareTo(record.get("amountBefore").decimalValue()));
        assertEquals(
                0, new BigDecimal("2509.80").compareTo(record.get("amountAfter").decimalValue()));
    }
}
