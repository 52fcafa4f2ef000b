package com.assisto.domain.contract;

import com.assisto.domain.pricing.Prorating;
import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Message;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The billable (or credit) note made when a line is added to or removed from a running
 * contract (C5). It carries the whole calculation so that anyone can check the amount, and is
 * queued for the ERP to invoice.
 */
@Entity
@Table(name = "delivery_note")
public class DeliveryNote extends BaseEntity {

    private static final int MAX_DESCRIPTION = 600;

    @Column(nullable = false, updatable = false)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "line_id")
    private ContractLine line;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryNoteKind kind;

    @Column(name = "note_date", nullable = false)
    private LocalDate noteDate;

    /** The description {@link Message#encode() encoded}; notes made before messages were kept hold English text. */
    @Column(nullable = false)
    private String description;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "remaining_days", nullable = false)
    private long remainingDays;

    @Column(name = "period_days", nullable = false)
    private long periodDays;

    @Column(name = "full_value", nullable = false)
    private BigDecimal fullValue;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected DeliveryNote() {}

    public DeliveryNote(String number, MidTermChange change, String createdBy, Instant createdAt) {
        this.number = number;
        this.contract = change.line().getContract();
        this.line = change.line();
        this.kind = change.kind();
        Prorating prorating = change.prorating();
        this.noteDate = prorating.changeDate();
        String encoded = change.description().encode();
        // a line description full of characters JSON escapes could outgrow the column: keep the English words
        this.description = encoded.length() <= MAX_DESCRIPTION
                ? encoded
                : change.description().toString();
        this.periodFrom = prorating.period().from();
        this.periodTo = prorating.period().to();
        this.remainingDays = prorating.remainingDays();
        this.periodDays = prorating.periodDays();
        this.fullValue = prorating.fullValue();
        this.amount = prorating.amount();
        this.createdBy = createdBy;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    /** The amount with its sign as the ERP books it: credits are negative. */
    public BigDecimal signedAmount() {
        return kind == DeliveryNoteKind.CREDIT ? amount.negate() : amount;
    }

    public String getNumber() {
        return number;
    }

    public Contract getContract() {
        return contract;
    }

    public ContractLine getLine() {
        return line;
    }

    public DeliveryNoteKind getKind() {
        return kind;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    /** What the note charges or credits, in the reader's language. */
    public Message description() {
        return Message.decode(description);
    }

    /** The description in English, as the ERP, the REST API and the logs read it. */
    public String getDescription() {
        return description().toString();
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public long getRemainingDays() {
        return remainingDays;
    }

    public long getPeriodDays() {
        return periodDays;
    }

    public BigDecimal getFullValue() {
        return fullValue;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
