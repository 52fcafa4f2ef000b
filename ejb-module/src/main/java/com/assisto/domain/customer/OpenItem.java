package com.assisto.domain.customer;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An instalment of an invoice to a customer as the ERP last reported it (M1). The customer's
 * credit status is worked out from these; they are the ERP's, so Assisto only stores what it is told.
 */
@Entity
@Table(name = "open_item")
public class OpenItem extends BaseEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "document_date", nullable = false, updatable = false)
    private LocalDate documentDate;

    @Column(nullable = false, updatable = false)
    private String series;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private int instalment;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentState state;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    protected OpenItem() {}

    public OpenItem(long customerId, OpenItemReport report, Instant at) {
        this.customerId = customerId;
        this.documentDate = report.documentDate();
        this.series = report.series();
        this.number = report.number();
        this.instalment = report.instalment();
        update(report, at);
    }

    /** Takes what the ERP now says about the instalment. */
    public void update(OpenItemReport report, Instant at) {
        this.dueDate = report.dueDate();
        this.amount = report.amount();
        this.state = report.state();
        this.reportedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** The instalment's key at the ERP, as {@link OpenItemReport#key()} writes it for the customer's code. */
    public String key(String customerCode) {
        return customerCode + "/" + documentDate + "/" + series + "/" + number + "/" + instalment;
    }

    public long getCustomerId() {
        return customerId;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public String getSeries() {
        return series;
    }

    public String getNumber() {
        return number;
    }

    public int getInstalment() {
        return instalment;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentState getState() {
        return state;
    }
}
