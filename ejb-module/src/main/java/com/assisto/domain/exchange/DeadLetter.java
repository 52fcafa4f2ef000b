package com.assisto.domain.exchange;

import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
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
 * A record of an exchange that could not be applied (X4): a row of a file, a message the ERP
 * pushed, an outbox message the ERP refused. Kept with the flow, the reason and the original
 * payload so that a person can correct the payload and replay it through the same flow, or
 * discard it. The reason is a domain message, read in the reader's language.
 */
@Entity
@Table(name = "erp_dead_letter")
public class DeadLetter extends VersionedEntity {

    static final int PAYLOAD_LENGTH = 100_000;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private long exchangeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ErpFlow flow;

    @Column(name = "record_key")
    private String recordKey;

    @Column(name = "line_number", updatable = false)
    private Long lineNumber;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadLetterStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    protected DeadLetter() {}

    public DeadLetter(
            long exchangeId,
            ErpFlow flow,
            String recordKey,
            Long lineNumber,
            Message reason,
            String payload,
            Instant at) {
        this.exchangeId = exchangeId;
        this.flow = Objects.requireNonNull(flow, "flow");
        this.recordKey = recordKey == null || recordKey.length() <= 200 ? recordKey : recordKey.substring(0, 200);
        this.lineNumber = lineNumber;
        this.reason = Objects.requireNonNull(reason, "reason").encode();
        this.payload = payload == null ? "" : payload;
        if (this.payload.length() > PAYLOAD_LENGTH) {
            this.payload = this.payload.substring(0, PAYLOAD_LENGTH);
        }
        this.status = DeadLetterStatus.OPEN;
        this.createdAt = at.atOffset(ZoneOffset.UTC);
    }

    /**
     * Takes the corrected payload to replay; the flow applies it and, if it is refused again,
     * makes a new dead letter of it. Only an open dead letter can be replayed.
     */
    public void replayed(String correctedPayload, String by, Instant at) {
        requireOpen();
        if (correctedPayload == null || correctedPayload.isBlank()) {
            throw new ValidationException("payload", "deadLetter.payload.required");
        }
        payload = correctedPayload;
        resolve(DeadLetterStatus.REPLAYED, by, at);
    }

    public void discard(String by, Instant at) {
        requireOpen();
        resolve(DeadLetterStatus.DISCARDED, by, at);
    }

    private void requireOpen() {
        if (status != DeadLetterStatus.OPEN) {
            throw new ValidationException("status", "deadLetter.notOpen", status);
        }
    }

    private void resolve(DeadLetterStatus to, String by, Instant at) {
        status = to;
        resolvedBy = by;
        resolvedAt = at.atOffset(ZoneOffset.UTC);
    }

    public long getExchangeId() {
        return exchangeId;
    }

    public ErpFlow getFlow() {
        return flow;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public Long getLineNumber() {
        return lineNumber;
    }

    public Message reason() {
        return Message.decode(reason);
    }

    public String getPayload() {
        return payload;
    }

    public DeadLetterStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getResolvedAt() {
        return resolvedAt == null ? null : resolvedAt.toInstant();
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
