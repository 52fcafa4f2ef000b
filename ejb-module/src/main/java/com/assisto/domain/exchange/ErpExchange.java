package com.assisto.domain.exchange;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One run of a flow: a file taken from a drop folder, a poll of the ERP, a message the ERP pushed,
 * a batch of outbox messages delivered. Opened before the first record is touched and closed with
 * its counts, so an exchange cut short by a crash stays visible as still running.
 */
@Entity
@Table(name = "erp_exchange")
public class ErpExchange extends BaseEntity {

    private static final int ERROR_LENGTH = 4000;
    private static final int SOURCE_LENGTH = 400;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ErpFlow flow;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Transport transport;

    @Column(updatable = false)
    private String source;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExchangeOutcome outcome;

    private int received;
    private int applied;
    private int unchanged;
    private int rejected;
    private int duplicate;

    private String error;

    protected ErpExchange() {}

    public ErpExchange(ErpFlow flow, Transport transport, String source, Instant startedAt) {
        this.flow = Objects.requireNonNull(flow, "flow");
        this.direction = flow.direction();
        this.transport = Objects.requireNonNull(transport, "transport");
        this.source = clip(source, SOURCE_LENGTH);
        this.startedAt = startedAt.atOffset(ZoneOffset.UTC);
        this.outcome = ExchangeOutcome.RUNNING;
    }

    /** Ends the exchange with its counts: OK, PARTIAL when records were rejected, FAILED when none made it. */
    public void finish(ExchangeCounts counts, Instant at) {
        record(counts, at);
        if (counts.received() > 0 && counts.duplicate() == counts.received()) {
            outcome = ExchangeOutcome.DUPLICATE;
        } else if (counts.nothingApplied()) {
            outcome = ExchangeOutcome.FAILED;
        } else {
            outcome = counts.rejected() > 0 ? ExchangeOutcome.PARTIAL : ExchangeOutcome.OK;
        }
    }

    /** Ends the exchange as failed, with what it had done before the failure. */
    public void fail(String reason, ExchangeCounts counts, Instant at) {
        record(counts, at);
        outcome = ExchangeOutcome.FAILED;
        error = clip(reason == null || reason.isBlank() ? "unknown error" : reason, ERROR_LENGTH);
    }

    private void record(ExchangeCounts counts, Instant at) {
        if (outcome != ExchangeOutcome.RUNNING) {
            throw new IllegalStateException("exchange " + getId() + " has already ended");
        }
        received = counts.received();
        applied = counts.applied();
        unchanged = counts.unchanged();
        rejected = counts.rejected();
        duplicate = counts.duplicate();
        endedAt = at.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public ErpFlow getFlow() {
        return flow;
    }

    public Direction getDirection() {
        return direction;
    }

    public Transport getTransport() {
        return transport;
    }

    public String getSource() {
        return source;
    }

    public Instant getStartedAt() {
        return startedAt.toInstant();
    }

    public Instant getEndedAt() {
        return endedAt == null ? null : endedAt.toInstant();
    }

    public ExchangeOutcome getOutcome() {
        return outcome;
    }

    public ExchangeCounts counts() {
        return new ExchangeCounts(received, applied, unchanged, rejected, duplicate);
    }

    public String getError() {
        return error;
    }
}
