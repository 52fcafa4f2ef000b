package com.assisto.application.exchange;

import com.assisto.domain.exchange.Direction;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.ExchangeOutcome;
import com.assisto.domain.outbox.OutboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The ERP exchange per flow in /metrics (X4): exchanges by outcome, records by what became of
 * them, and for each outbound flow the documents waiting and how long the oldest has waited.
 * Tags take the flows' and outcomes' few values, so the number of series stays fixed. The backlog
 * is as fresh as the exchange's last tick ({@code erp.outbound.interval}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator") // the first backlog is read at start-up
@Lock(LockType.READ) // counters, gauges and atomics are thread-safe: no need to queue the journal's calls
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExchangeMetrics {

    @Inject
    private MetricRegistry registry;

    @Inject
    private OutboxRepository outbox;

    /** The backlog as last read, by flow: what the gauges show. */
    private final Map<ErpFlow, AtomicLong> waiting = new EnumMap<>(ErpFlow.class);

    private final Map<ErpFlow, AtomicLong> oldestWait = new EnumMap<>(ErpFlow.class);

    /**
     * The backlog gauges. A scrape of /metrics runs on a thread of the metrics service, outside
     * the application, where the outbox cannot be queried: the gauges show the figures read by
     * {@link #refreshBacklog()}, which the exchange's timer calls on every tick.
     */
    @PostConstruct
    void gauges() {
        for (ErpFlow flow : ErpFlow.values()) {
            if (flow.direction() == Direction.OUTBOUND) {
                Tag tag = new Tag("flow", flow.settingName());
                AtomicLong count = new AtomicLong();
                AtomicLong age = new AtomicLong();
                waiting.put(flow, count);
                oldestWait.put(flow, age);
                registry.gauge("assisto.erp.backlog", count::get, tag);
                registry.gauge("assisto.erp.backlog.age.seconds", age::get, tag);
            }
        }
        refreshBacklog();
    }

    /** Reads every outbound flow's backlog: how many documents wait, and for how long the oldest. */
    public void refreshBacklog() {
        Instant now = Instant.now();
        waiting.forEach((flow, count) -> {
            OutboxRepository.Backlog backlog = outbox.backlog(flow.messageType().orElseThrow());
            count.set(backlog.pending());
            oldestWait
                    .get(flow)
                    .set(
                            backlog.oldest() == null
                                    ? 0L
                                    : Duration.between(backlog.oldest(), now).toSeconds());
        });
    }

    /** An exchange ended: its outcome and its records. */
    public void ended(ErpFlow flow, ExchangeOutcome outcome, ExchangeCounts counts) {
        Tag tag = new Tag("flow", flow.settingName());
        registry.counter("assisto.erp.flow.exchanges", tag, new Tag("outcome", outcome.name()))
                .inc();
        records(tag, "received", counts.received());
        records(tag, "applied", counts.applied());
        records(tag, "unchanged", counts.unchanged());
        records(tag, "rejected", counts.rejected());
        records(tag, "duplicate", counts.duplicate());
    }

    private void records(Tag flow, String kind, int count) {
        if (count > 0) {
            registry.counter("assisto.erp.flow.records", flow, new Tag("kind", kind))
                    .inc(count);
        }
    }
}
