package com.assisto.domain.warranty;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An ERP invoice that was turned into equipment and warranties. Its number is unique: the
 * same invoice arriving again (a resent file, a retried call) creates nothing new.
 */
@Entity
@Table(name = "inbound_invoice")
public class InboundInvoice extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Column(nullable = false)
    private String source;

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "equipment_count", nullable = false)
    private int equipmentCount;

    @Column(name = "warranty_count", nullable = false)
    private int warrantyCount;

    protected InboundInvoice() {}

    public InboundInvoice(
            String number, Customer customer, LocalDate invoiceDate, String source, String receivedBy, Instant now) {
        this.number = number;
        this.customer = customer;
        this.invoiceDate = invoiceDate;
        this.source = source;
        this.receivedBy = receivedBy;
        this.receivedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void produced(int equipment, int warranties) {
        this.equipmentCount = equipment;
        this.warrantyCount = warranties;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public String getSource() {
        return source;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt.toInstant();
    }

    public int getEquipmentCount() {
        return equipmentCount;
    }

    public int getWarrantyCount() {
        return warrantyCount;
    }
}
