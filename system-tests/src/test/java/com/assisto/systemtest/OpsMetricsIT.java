package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The application's own figures in /metrics (P4) move when the work they count happens: REST
 * calls timed by endpoint template, a customers.csv through the ERP route, a renewal run; and the
 * connection pool's gauges read the pool the application really uses.
 */
class OpsMetricsIT extends DeployedAssisto {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{(.*)\\} (\\S+)$");

    @Test
    void restCallsAreTimedByTheirEndpointTemplateNotTheirUrl() {
        Api office = Api.as("office");
        double before = sample(
                "assisto_rest_requests_seconds_count", "method=\"GET\"", "path=\"/customers/{id}\"", "status=\"4xx\"");
        assertEquals(404, office.get("customers/999999991").status());
        assertEquals(404, office.get("customers/999999992").status());
        assertEquals(
                before + 2,
                sample(
                        "assisto_rest_requests_seconds_count",
                        "method=\"GET\"",
                        "path=\"/customers/{id}\"",
                        "status=\"4xx\""));
        assertTrue(!Operations.get("metrics?scope=application").contains("999999991"), "no raw URL becomes a tag");
    }

    @Test
    void aCustomersFileCountsItsRecordsAndTheRoutesExchange() throws Exception {
        double applied = sample("assisto_erp_flow_records_total", "flow=\"customers\"", "kind=\"applied\"");
        double exchanges =
                sample("assisto_erp_exchanges_total", "route=\"erp-customers-file\"", "outcome=\"completed\"");
        String report = DropFolder.of("customers")
                .drop(
                        "customers-metrics.csv",
                        "codice;ragione_sociale;partita_iva;codice_fiscale;indirizzo;cap;localita;"
                                + "provincia;email;pec;codice_sdi;cod_pagamento\n"
                                + "602.00001;Metriche S.r.l.;01234567897;;Via Roma 1;20121;Milano;MI;;;;RB30\n");
        assertTrue(report.contains("1 received, 1 applied"), report);
        long deadline = System.currentTimeMillis() + 60_000;
        while (sample("assisto_erp_exchanges_total", "route=\"erp-customers-file\"", "outcome=\"completed\"")
                < exchanges + 1) {
            assertTrue(System.currentTimeMillis() < deadline, "the route's exchange is counted within 60 s");
            Thread.sleep(250);
        }
        assertEquals(applied + 1, sample("assisto_erp_flow_records_total", "flow=\"customers\"", "kind=\"applied\""));
    }

    @Test
    void aRenewalRunIsCountedByTriggerAndOutcomeAndTimed() throws Exception {
        Api admin = Api.as("admin");
        double runs = sample("assisto_renewal_runs_total", "trigger=\"MANUAL\"", "outcome=\"finished\"");
        double timed = sample("assisto_renewal_run_duration_seconds_count");
        // a day before any demo contract ends: the run finishes without renewing what other tests rely on
        Api.Reply started = admin.post("renewals/runs?date=2001-01-01", null);
        assertEquals(202, started.status(), started::toString);
        long deadline = System.currentTimeMillis() + 120_000;
        while (sample("assisto_renewal_runs_total", "trigger=\"MANUAL\"", "outcome=\"finished\"") < runs + 1) {
            assertTrue(System.currentTimeMillis() < deadline, "the run is counted within 2 minutes");
            Thread.sleep(300);
        }
        assertEquals(timed + 1, sample("assisto_renewal_run_duration_seconds_count"));
        assertTrue(
                Operations.get("metrics?scope=application").contains("assisto_renewal_contracts_total"),
                "the contracts a run dealt with are counted by result");
    }

    @Test
    void thePoolGaugesReadTheApplicationsPool() {
        String pool = "pool=\"assisto-pool\"";
        Api office = Api.as("office");
        assertEquals(200, office.get("customers?limit=5").status());
        double acquired = vendorSample("assisto_db_pool_acquired_total", pool);
        for (int call = 0; call < 5; call++) {
            assertEquals(200, office.get("customers?limit=5").status());
        }
        assertTrue(
                vendorSample("assisto_db_pool_acquired_total", pool) >= acquired + 5,
                "each call that reads the database takes a connection from the pool");
        double open = vendorSample("assisto_db_pool_connections", pool, "state=\"used\"")
                + vendorSample("assisto_db_pool_connections", pool, "state=\"free\"");
        assertTrue(open >= 1, "the pool keeps connections open: " + open);
        assertTrue(
                vendorSample("assisto_db_pool_connections_used_max", pool) >= 1,
                "at least one connection was in use at once");
    }

    @Test
    void theErpExchangeIsCountedPerFlowAndTheOutboundBacklogIsAGauge() {
        double rejected = sample("assisto_erp_flow_records_total", "flow=\"open-items\"", "kind=\"rejected\"");
        double exchanges = sample("assisto_erp_flow_exchanges_total", "flow=\"open-items\"", "outcome=\"FAILED\"");
        Api.Reply pushed = Api.as("erp")
                .post(
                        "erp/inbound/open-items",
                        "{\"dati\": [{\"codice\": \"NO-SUCH-METRICS\", \"data_documento\": \"20261001\","
                                + " \"numero\": \"" + System.nanoTime() + "\", \"dt_sca_pg\": [\"20261101\"],"
                                + " \"imp_scadenza\": [1], \"stato_pagamento\": [\"A\"]}]}");
        assertEquals(200, pushed.status(), pushed.toString());
        assertEquals(
                rejected + 1, sample("assisto_erp_flow_records_total", "flow=\"open-items\"", "kind=\"rejected\""));
        assertEquals(
                exchanges + 1, sample("assisto_erp_flow_exchanges_total", "flow=\"open-items\"", "outcome=\"FAILED\""));
        String metrics = Operations.get("metrics?scope=application");
        assertTrue(
                metrics.lines()
                        .anyMatch(line ->
                                line.startsWith("assisto_erp_backlog{") && line.contains("flow=\"instalments\"")),
                () -> "the instalments' backlog is a gauge: "
                        + metrics.lines().filter(line -> line.contains("erp")).toList());
    }

    private static double sample(String name, String... labels) {
        return scopedSample("application", name, labels);
    }

    private static double vendorSample(String name, String... labels) {
        return scopedSample("vendor", name, labels);
    }

    /**
     * The sum of the samples in a scope of a metric carrying every given label, 0 when there is
     * none yet. Payara prints a series once per module that registered it: each counts once.
     */
    private static double scopedSample(String scope, String name, String... labels) {
        java.util.Map<String, Double> series = new java.util.HashMap<>();
        for (String line : Operations.get("metrics?scope=" + scope).split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && sample.group(1).equals(name)) {
                String found = "," + sample.group(2) + ",";
                if (Arrays.stream(labels).allMatch(label -> found.contains("," + label + ","))) {
                    series.put(sample.group(2), Double.parseDouble(sample.group(3)));
                }
            }
        }
        return series.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
