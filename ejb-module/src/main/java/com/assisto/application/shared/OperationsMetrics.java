package com.assisto.application.shared;

import com.assisto.domain.renewal.RenewalRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's figures in /metrics that no single service owns: renewal runs by trigger
 * and outcome, the contracts they dealt with, how long they took. Tags take a handful of
 * values each, so the number of series stays fixed however long the server runs.
 */
@ApplicationScoped
public class OperationsMetrics {

    @Inject
    private MetricRegistry registry;

    public void renewalFinished(RenewalRun done) {
        registry.counter(
                        "assisto.renewal.runs",
                        new Tag("trigger", done.getTrigger().name()),
                        new Tag("outcome", "finished"))
                .inc();
        contracts("renewed", done.getRenewed());
        contracts("converted", done.getConverted());
        contracts("expired", done.getExpired());
        contracts("failed", done.getFailed());
        if (done.getStartedAt() != null && done.getFinishedAt() != null) {
            registry.timer("assisto.renewal.run.duration")
                    .update(Duration.between(done.getStartedAt(), done.getFinishedAt()));
        }
    }

    /** A run broken as a whole: its partial counts are in the run's record, not worth a series. */
    public void renewalFailed(RenewalRun run) {
        registry.counter(
                        "assisto.renewal.runs",
                        new Tag("trigger", run.getTrigger().name()),
                        new Tag("outcome", "failed"))
                .inc();
    }

    private void contracts(String result, long count) {
        registry.counter("assisto.renewal.contracts", new Tag("result", result)).inc(count);
    }
}
