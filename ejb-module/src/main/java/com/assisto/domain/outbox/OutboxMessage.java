package com.assisto.domain.outbox;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Something the ERP must invoice: a due instalment or a delivery note. The reference is the
 * document's own key, so the ERP (and the route's idempotent repository) can tell a resend.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends BaseEntity {

    @Column(name = "message_type", nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected OutboxMessage() {}

    public OutboxMessage(String type, String reference, String payload, Instant createdAt) {
        this.type = type;
        this.reference = reference;
        this.payload = payload;
        this.status = OutboxStatus.PENDING;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public String getType() {
        return type;
    }

    public String getReference() {
        return reference;
    }

    public String getPayload() {
        return payload;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
