package com.assisto.domain.outbox;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Something the ERP must invoice: a due instalment or a delivery note. The reference is the
 * document's own key and the idempotency key the ERP sees, so it can tell a resend and never
 * books a document twice. A message stays pending until the ERP acknowledges it; while the ERP
 * is unreachable each failed attempt puts the next one further off (exponential back-off); a
 * message the ERP refuses as wrong is not retried but waits as a dead letter.
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

    @Version
    private long version;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "erp_document")
    private String erpDocument;

    @Column(name = "erp_invoice_number")
    private String erpInvoiceNumber;

    @Column(name = "erp_invoice_date")
    private LocalDate erpInvoiceDate;

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

    /** The ERP acknowledged the message and booked it as its document {@code erpDocument}. */
    public void acknowledged(String erpDocument, Instant at) {
        attempts++;
        status = OutboxStatus.SENT;
        this.erpDocument = erpDocument;
        sentAt = at.atOffset(ZoneOffset.UTC);
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * The ERP could not be reached or failed (5xx): the message stays pending and is tried again
     * after a delay that doubles with each failed attempt, from {@code firstDelay} up to {@code maxDelay}.
     */
    public void attemptFailed(String error, Instant at, Duration firstDelay, Duration maxDelay) {
        attempts++;
        lastError = clip(error);
        long factor = 1L << Math.min(attempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(factor);
        if (delay.compareTo(maxDelay) > 0 || delay.isNegative()) {
            delay = maxDelay;
        }
        nextAttemptAt = at.plus(delay).atOffset(ZoneOffset.UTC);
    }

    /** The ERP refused the message as wrong (4xx): it is not sent again until a person replays it. */
    public void refused(String error) {
        attempts++;
        status = OutboxStatus.REFUSED;
        lastError = clip(error);
        nextAttemptAt = null;
    }

    /** A person replays a refused message: it is pending again and goes out with the next delivery. */
    public void retry() {
        if (status != OutboxStatus.REFUSED) {
            throw new IllegalStateException("only a refused message can be sent again, " + reference + " is " + status);
        }
        status = OutboxStatus.PENDING;
        nextAttemptAt = null;
    }

    /** The ERP reports the invoice it made of this document (C12). */
    public void invoiced(String invoiceNumber, LocalDate invoiceDate) {
        erpInvoiceNumber = invoiceNumber;
        erpInvoiceDate = invoiceDate;
        if (status == OutboxStatus.PENDING) {
            // the acknowledgement was lost on the way back, but the invoice proves the ERP booked it
            status = OutboxStatus.SENT;
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt == null ? null : nextAttemptAt.toInstant();
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt == null ? null : sentAt.toInstant();
    }

    public String getErpDocument() {
        return erpDocument;
    }

    public String getErpInvoiceNumber() {
        return erpInvoiceNumber;
    }

    public LocalDate getErpInvoiceDate() {
        return erpInvoiceDate;
    }
}
