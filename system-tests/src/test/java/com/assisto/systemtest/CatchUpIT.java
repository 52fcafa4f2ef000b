package com.assisto.systemtest;

import static com.assisto.systemtest.ContractFixtures.created;
import static com.assisto.systemtest.ContractFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Nightly runs missed while the server was down are made up when it starts, once: the server is
 * killed with past-due contracts and no run recorded for today, started again, and a second
 * restart runs nothing more.
 */
class CatchUpIT extends DeployedAssisto {

    private static final String TODAY = "DATE '" + LocalDate.now() + "'";
    private static final String CATCH_UP_RUNS =
            "SELECT COUNT(*) FROM renewal_run WHERE run_trigger = 'CATCH_UP'" + " AND run_date = " + TODAY;

    private static JsonNode pastDue(ContractFixtures fixtures, String start) {
        return created(fixtures.office.post(
                "contracts",
                map(
                        "type",
                        fixtures.typeCode,
                        "customerId",
                        fixtures.customerId,
                        "startDate",
                        start,
                        "autoRenew",
                        true,
                        "confirmed",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(map("itemCode", fixtures.prefix + "-FX", "price", new BigDecimal("400.00"))))));
    }

    private static String status(ContractFixtures fixtures, JsonNode contract) {
        return fixtures.office
                .get("contracts/" + contract.get("id").asLong())
                .json()
                .get("status")
                .asText();
    }

    private static String nightlyLog() {
        try {
            return Server.logOf("com.assisto.application.scheduling.NightlyJobs", 20);
        } catch (java.io.IOException unreadable) {
            return unreadable.toString();
        }
    }

    @Test
    void aRunMissedWhileTheServerWasDownIsCaughtUpAtStartOnce() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("CU1", "921");
        // as on a server that was down at every timer's hour since it last ran (or before this release)
        Database.execute("DELETE FROM scheduled_job_run");
        // the deployment's own start may have caught up today already (the demo's past-due contracts)
        long runsBefore = Database.count(CATCH_UP_RUNS);
        long completedBefore = Database.count(
                "SELECT COUNT(*) FROM renewal_run WHERE run_trigger = 'CATCH_UP'" + " AND status = 'COMPLETED'");
        String start = LocalDate.now().minusMonths(18).withDayOfMonth(1).toString();
        JsonNode missed = pastDue(fixtures, start);

        Server.kill();
        Server.start();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline
                && Database.count("SELECT COUNT(*) FROM scheduled_job_run" + " WHERE run_date = " + TODAY
                                + " AND run_trigger = 'CATCH_UP' AND finished_at IS NOT NULL")
                        < 3) {
            Thread.sleep(500);
        }

        assertEquals(
                3,
                Database.count("SELECT COUNT(*) FROM scheduled_job_run WHERE run_date = " + TODAY
                        + " AND run_trigger = 'CATCH_UP' AND finished_at IS NOT NULL"),
                () -> "renewal, billing and warnings caught up; job runs:\n"
                        + Database.rows(
                                "SELECT job, run_date, run_trigger, started_at, finished_at FROM scheduled_job_run")
                        + "log:\n" + nightlyLog());
        assertEquals(runsBefore + 1, Database.count(CATCH_UP_RUNS));
        assertEquals(
                completedBefore + 1,
                Database.count("SELECT COUNT(*) FROM renewal_run WHERE run_trigger = 'CATCH_UP'"
                        + " AND status = 'COMPLETED'"));
        assertEquals("RENEWED", status(fixtures, missed));
        // the term that ended while no run was made renews into the running one, as the demo's past-due contracts do
        List<String> terms = StreamSupport.stream(
                        fixtures.office
                                .get("contracts?customerId=" + fixtures.customerId + "&limit=10")
                                .json()
                                .get("items")
                                .spliterator(),
                        false)
                .map(row ->
                        row.get("startDate").asText() + " " + row.get("status").asText())
                .sorted()
                .toList();
        assertEquals(List.of(start + " RENEWED", LocalDate.parse(start).plusYears(1) + " ACTIVE"), terms);
        assertEquals(
                0,
                Database.count("SELECT COUNT(*) FROM contract c WHERE c.status = 'ACTIVE' AND c.end_date < "
                        + TODAY
                        + " AND NOT EXISTS (SELECT 1 FROM renewal_outcome o JOIN renewal_run r ON o.run_id = r.id"
                        + " WHERE o.contract_id = c.id AND r.run_trigger = 'CATCH_UP')"),
                "no past-due contract left running without the catch-up run having dealt with it");
        String successor = "SELECT number FROM contract WHERE renewal_of = "
                + missed.get("id").asLong();
        assertTrue(
                Database.count("SELECT COUNT(*) FROM outbox_message WHERE message_type = 'INSTALMENT'"
                                + " AND reference LIKE (" + successor + ") || '#%'")
                        >= 1,
                "billing caught up after the renewal");

        JsonNode later = pastDue(fixtures, start);
        Server.kill();
        Server.start();
        Thread.sleep(15_000);

        assertEquals("ACTIVE", status(fixtures, later), "today's runs were made: a second restart runs none again");
        assertEquals(runsBefore + 1, Database.count(CATCH_UP_RUNS));
        assertEquals(3, Database.count("SELECT COUNT(*) FROM scheduled_job_run"));
    }
}
