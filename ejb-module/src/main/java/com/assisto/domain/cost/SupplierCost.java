package com.assisto.domain.cost;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A line of a supplier's invoice booked as a cost of a contract or of a piece of equipment (R1),
 * as the ERP last reported it.
 */
@Entity
@Table(name = "supplier_cost")
public class SupplierCost extends BaseEntity {

    @Column(name = "supplier_code", nullable = false, updatable = false)
    private String supplierCode;

    @Column(nullable = false, updatable = false)
    private String document;

    @Column(name = "document_date", nullable = false, updatable = false)
    private LocalDate documentDate;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    private String description;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "equipment_id")
    private Long equipmentId;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    protected SupplierCost() {}

    public SupplierCost(SupplierCostReport report, Long contractId, Long equipmentId, Instant at) {
        this.supplierCode = report.supplierCode();
        this.document = report.document();
        this.documentDate = report.documentDate();
        this.lineNumber = report.line();
        update(report, contractId, equipmentId, at);
    }

    /** Takes what the ERP now says about the line. */
    public void update(SupplierCostReport report, Long contractId, Long equipmentId, Instant at) {
        this.description = report.description();
        this.amount = report.amount();
        this.contractId = contractId;
        this.equipmentId = equipmentId;
        this.reportedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** The line's key at the ERP, as {@link SupplierCostReport#key()} writes it. */
    public String key() {
        return supplierCode + "/" + document + "/" + documentDate + "/" + lineNumber;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }
}
