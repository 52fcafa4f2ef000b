package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Assisto on a Payara deployment group of two instances behind HAProxy, stood up by the runbook's
 * config/setup-cluster.sh (prepare-cluster.sh): a change made through one instance is read
 * through the other at once, each persistent timer is stored once and fires on one instance, and
 * when the instance carrying a renewal run is killed, the other finishes the run with every
 * contract renewed exactly once, takes the drop-folder file that arrives meanwhile, and the load
 * balancer keeps answering. The failover times are printed for the runbook.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int CONTRACTS = 3000;

    private final Api lb = Api.as("admin").at(Cluster.LB_URL);

    @BeforeAll
    static void standUp() throws Exception {
        Cluster.script("prepare-cluster.sh");
    }

    @AfterAll
    static void tearDown() throws Exception {
        Cluster.script("stop-cluster.sh");
    }

    @Test
    @Order(1)
    void aChangeThroughOneInstanceIsReadThroughTheOtherAtOnce() throws InterruptedException {
        List<String> names = new ArrayList<>(Cluster.instances().keySet());
        Api onA = Api.as("office").at(Cluster.url(names.get(0)));
        Api onB = Api.as("office").at(Cluster.url(names.get(1)));
        Api.Reply created = onA.post("customers", customer("CL-EDIT-1", "Impianti Cluster"));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().get("id").asLong();
        // read on B first, so that B holds the customer in its shared cache
        assertEquals(
                "Impianti Cluster",
                onB.get("customers/" + id).json().get("name").asText());

        Api.Reply renamed = onA.put(
                "customers/" + id,
                customer("CL-EDIT-1", "Impianti Cluster Rinominata")
                        .put("version", created.json().get("version").asLong()));
        assertEquals(200, renamed.status(), renamed::toString);

        // the commit on A evicts the customer from B's cache over the data grid: the message is sent
        // before A answers, and B takes it a moment later
        long changedAt = System.currentTimeMillis();
        JsonNode onOther = onB.get("customers/" + id).json();
        while (!onOther.get("name").asText().endsWith("Rinominata") && System.currentTimeMillis() - changedAt < 2000) {
            Thread.sleep(20);
            onOther = onB.get("customers/" + id).json();
        }
        System.out.printf(
                "[cluster] a change on %s read on %s after %d ms%n",
                names.get(0), names.get(1), System.currentTimeMillis() - changedAt);
        assertEquals("Impianti Cluster Rinominata", onOther.get("name").asText(), onOther::toString);
        assertEquals(
                renamed.json().get("version").asLong(), onOther.get("version").asLong());
    }

    @Test
    @Order(2)
    void eachPersistentTimerIsStoredOnceAndAScheduledRunFiresOnce() throws Exception {
        // the nightly jobs' calendar timers (renewals 00:30, billing 01:15, warnings 06:00), each once
        for (String at : List.of("0 # 30 # 0 #", "0 # 15 # 1 #", "0 # 0 # 6 #")) {
            assertEquals(
                    1,
                    Database.count("SELECT COUNT(*) FROM \"EJB__TIMER__TBL\" WHERE \"SCHEDULE\" LIKE '" + at + "%'"),
                    at + "\n" + Database.rows("SELECT \"OWNERID\", \"SCHEDULE\" FROM \"EJB__TIMER__TBL\""));
        }
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM \"EJB__TIMER__TBL\" WHERE \"INTERVALDURATION\" = 3600000"),
                "one ERP exchange timer for the group, though both instances started together");
        assertEquals(
                0,
                Database.count("SELECT COUNT(*) FROM \"EJB__TIMER__TBL\" WHERE \"OWNERID\" NOT IN ("
                        + String.join(
                                ",",
                                Cluster.instances().keySet().stream()
                                        .map(name -> "'" + name + "'")
                                        .toList())
                        + ")"),
                "every timer owned by an instance of the group:\n"
                        + Database.rows("SELECT \"OWNERID\", \"SCHEDULE\" FROM \"EJB__TIMER__TBL\""));

        Api.Reply scheduled = lb.post(
                "renewals/runs/scheduled?date=2009-01-01&at=" + Instant.now().plusSeconds(4), null);
        assertEquals(202, scheduled.status(), scheduled::toString);
        String finished =
                "SELECT COUNT(*) FROM renewal_run WHERE run_date = DATE '2009-01-01' AND status = 'COMPLETED'";
        long deadline = System.currentTimeMillis() + 60_000;
        while (Database.count(finished) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(5000); // time for a second firing, were there one
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM renewal_run WHERE run_date = DATE '2009-01-01'"),
                Database.rows("SELECT id, run_trigger, runner, status FROM renewal_run"));
    }

    @Test
    @Order(3)
    void whenTheInstanceCarryingARenewalRunIsKilledTheOtherFinishesItAndTakesTheFilesAndTheBalancerAnswers()
            throws Exception {
        dueContracts("CL", "2015-01-01", CONTRACTS);
        String ours = "SELECT id FROM contract WHERE number LIKE 'CL%' AND start_date = DATE '2015-01-01'";
        String renewed = "SELECT COUNT(*) FROM contract WHERE renewal_of IN (" + ours + ")";

        Api.Reply started = lb.post("renewals/runs?date=2016-01-01&chunkSize=20&pauseMillis=200", null);
        assertEquals(202, started.status(), started::toString);
        long runId = started.json().get("id").asLong();
        String runner = lb.get("renewals/runs/" + runId).json().get("runner").asText();
        String survivor = Cluster.other(runner);
        long deadline = System.currentTimeMillis() + 120_000;
        while (Database.count(renewed) < 100 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        long beforeKill = Database.count(renewed);
        Cluster.kill(runner);
        long killedAt = System.currentTimeMillis();
        assertTrue(beforeKill > 0 && beforeKill < CONTRACTS, "killed mid-run after " + beforeKill + " renewals");

        // the balancer goes on answering: a request to the dead instance is sent to the live one
        int answered = 0;
        for (int i = 0; i < 40; i++) {
            Api.Reply reply = lb.get("customers?limit=1");
            if (reply.status() == 200) {
                answered++;
            }
            Thread.sleep(100);
        }
        assertEquals(40, answered, "requests answered through the balancer with " + runner + " down");

        // a file dropped while the instance is dead is taken once, by the other
        long droppedAt = System.currentTimeMillis();
        String report = DropFolder.of("customers")
                .drop(
                        "customers-cluster.csv",
                        "codice;ragione_sociale;partita_iva;codice_fiscale;indirizzo;cap;localita;provincia;email;pec;"
                                + "codice_sdi;cod_pagamento\n"
                                + "801.00001;Cluster Uno S.r.l.;;;Via Roma 1;20121;Milano;MI;;;;RB30\n");
        long fileSeconds = (System.currentTimeMillis() - droppedAt) / 1000;
        assertTrue(report.contains("1 received, 1 applied"), report);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM customer WHERE code = '801.00001'"));
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM erp_exchange WHERE source = 'customers-cluster.csv'"),
                "the file is taken once");

        String resumedQuery = "SELECT COUNT(*) FROM renewal_run WHERE resumes_run_id = " + runId;
        deadline = System.currentTimeMillis() + 240_000;
        while (Database.count(renewed) < CONTRACTS && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        long resumedAt = Database.count("SELECT CAST(EXTRACT(EPOCH FROM MIN(started_at)) * 1000 AS BIGINT)"
                + " FROM renewal_run WHERE resumes_run_id = " + runId);
        System.out.printf(
                "[cluster] renewal run %d: %d of %d renewed when %s was killed; resumed on %s %.1f s after the kill;"
                        + " all renewed %.1f s after it; a file dropped meanwhile was imported in %d s%n",
                runId,
                beforeKill,
                CONTRACTS,
                runner,
                survivor,
                (resumedAt - killedAt) / 1000.0,
                (System.currentTimeMillis() - killedAt) / 1000.0,
                fileSeconds);

        assertEquals(CONTRACTS, Database.count(renewed), "every contract renewed");
        assertEquals(
                CONTRACTS,
                Database.count("SELECT COUNT(DISTINCT renewal_of) FROM contract WHERE renewal_of IN (" + ours + ")"),
                "none renewed twice");
        assertEquals(
                0,
                Database.count("SELECT COUNT(*) FROM (SELECT contract_id FROM renewal_outcome WHERE result"
                        + " = 'RENEWED' AND contract_id IN (" + ours
                        + ") GROUP BY contract_id HAVING COUNT(*) > 1) twice"));
        assertEquals(
                "INTERRUPTED",
                lb.get("renewals/runs/" + runId).json().get("status").asText());
        assertEquals(
                1,
                Database.count(resumedQuery + " AND run_trigger = 'RESUMED' AND runner = '" + survivor + "'"),
                Database.rows("SELECT id, run_trigger, runner, status, resumes_run_id FROM renewal_run"));

        // the killed instance comes back and joins the group: the run it carried is not resumed twice
        Cluster.start(runner);
        assertEquals(
                200,
                Api.as("office")
                        .at(Cluster.url(runner))
                        .get("customers?limit=1")
                        .status());
        assertEquals(1, Database.count(resumedQuery), "the run is resumed once");
        assertEquals(
                0,
                Database.count("SELECT COUNT(*) FROM renewal_run WHERE status = 'RUNNING'"),
                Database.rows("SELECT id, run_trigger, runner, status, resumes_run_id FROM renewal_run"));
    }

    /**
     * Contracts of the demo customers, numbered with the prefix, a year from the start day, made
     * straight in the database.
     */
    private static void dueContracts(String prefix, String start, int count) {
        Database.execute("INSERT INTO contract (id, version, number, contract_type_id, customer_id, typology_code,"
                + " start_date, duration_months, end_date, renewal_months, billing_months, payment_terms, auto_renew,"
                + " status, issued_on, contract_value, labour_covered, travel_covered, parts_covered,"
                + " consumables_covered)"
                + " SELECT nextval('entity_seq'), 1, '" + prefix + "' || lpad(g::text, 8, '0'),"
                + " (SELECT id FROM contract_type WHERE code = '1'), c.id, '1', DATE '" + start + "', 12,"
                + " DATE '" + start + "' + INTERVAL '1 year' - INTERVAL '1 day', 12, 12, 'RB30', TRUE, 'ACTIVE',"
                + " DATE '" + start + "' - 31, 360.00, TRUE, TRUE, FALSE,"
                + " FALSE FROM generate_series(1, " + count + ") g"
                + " JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM customer"
                + " WHERE tariff_id IS NOT NULL) c ON c.n = g % (SELECT COUNT(*) FROM customer"
                + " WHERE tariff_id IS NOT NULL)");
        Database.execute("INSERT INTO contract_line (id, contract_id, item_id, description, price_source, amount,"
                + " covered_from) SELECT nextval('entity_seq'), k.id, (SELECT MIN(id) FROM item"
                + " WHERE warranty_months > 0), 'Covered item', 'MANUAL', 360.00, DATE '" + start + "'"
                + " FROM contract k WHERE k.number LIKE '" + prefix + "%'");
    }

    private static ObjectNode customer(String code, String name) {
        return CustomerApiIT.newCustomer(code).put("name", name);
    }
}
