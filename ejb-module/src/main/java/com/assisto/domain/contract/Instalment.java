package com.assisto.domain.contract;

import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One billing instalment of a contract (C12), due on the first day of the period it bills. */
@Entity
@Table(name = "instalment")
public class Instalment extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstalmentStatus status;

    @Column(name = "erp_invoice_number")
    private String erpInvoiceNumber;

    @Column(name = "erp_invoice_date")
    private LocalDate erpInvoiceDate;

    protected Instalment() {}

    Instalment(Contract contract, BillingSchedule.Planned planned) {
        this.contract = contract;
        this.sequence = planned.sequence();
        this.periodFrom = planned.period().from();
        this.periodTo = planned.period().to();
        this.dueDate = planned.period().from();
        this.amount = planned.amount();
        this.status = InstalmentStatus.PLANNED;
    }

    /** An anniversary revaluation moves the amount of an instalment not billed yet. */
    void revalue(IndexAdjustment adjustment) {
        if (status != InstalmentStatus.PLANNED) {
            throw new IllegalStateException("Instalment " + sequence + " is " + status + ": its amount is final");
        }
        amount = adjustment.apply(amount);
    }

    /** Marks the instalment due if its day has come; true when it just became due. */
    public boolean becomeDueOn(LocalDate today) {
        if (status != InstalmentStatus.PLANNED || dueDate.isAfter(today)) {
            return false;
        }
        status = InstalmentStatus.DUE;
        return true;
    }

    /**
     * The ERP reports the invoice it made of the instalment (C12). A later report corrects the
     * number or date; a planned instalment invoiced early by the ERP is invoiced all the same.
     */
    public void invoiced(String invoiceNumber, LocalDate invoiceDate) {
        erpInvoiceNumber = invoiceNumber;
        erpInvoiceDate = invoiceDate;
        status = InstalmentStatus.INVOICED;
    }

    public String getErpInvoiceNumber() {
        return erpInvoiceNumber;
    }

    public LocalDate getErpInvoiceDate() {
        return erpInvoiceDate;
    }

    public Contract getContract() {
        return contract;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public InstalmentStatus getStatus() {
        return status;
    }
}
