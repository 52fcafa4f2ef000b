package com.assisto.domain.customer;

import com.assisto.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The customer's payment position as the ERP reports it: technicians look at it before going
 * on site, and a blocked customer gets no chargeable work without the office's consent.
 */
@Embeddable
public class CreditStatus {

    @Column(name = "open_items", nullable = false)
    private BigDecimal openItems;

    @Column(name = "overdue_amount", nullable = false)
    private BigDecimal overdueAmount;

    @Column(name = "credit_blocked", nullable = false)
    private boolean blocked;

    @Column(name = "credit_updated_on")
    private LocalDate updatedOn;

    protected CreditStatus() {}

    public CreditStatus(BigDecimal openItems, BigDecimal overdueAmount, boolean blocked, LocalDate updatedOn) {
        this.openItems = Money.of(Objects.requireNonNull(openItems, "Open items amount is required."));
        this.overdueAmount = Money.of(Objects.requireNonNull(overdueAmount, "Overdue amount is required."));
        if (this.overdueAmount.compareTo(BigDecimal.ZERO) < 0) {
            throw new IllegalArgumentException("Overdue amount cannot be negative");
        }
        this.blocked = blocked;
        this.updatedOn = updatedOn;
    }

    public static CreditStatus clear() {
        return new CreditStatus(BigDecimal.ZERO, BigDecimal.ZERO, false, null);
    }

    /** What the technician's screen shows: OK, OVERDUE or BLOCKED. */
    public Standing standing() {
        return standingOf(blocked, overdueAmount);
    }

    static Standing standingOf(boolean blocked, BigDecimal overdueAmount) {
        if (blocked) {
            return Standing.BLOCKED;
        }
        return overdueAmount.signum() > 0 ? Standing.OVERDUE : Standing.OK;
    }

    public BigDecimal getOpenItems() {
        return openItems;
    }

    public BigDecimal getOverdueAmount() {
        return overdueAmount;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    /** A customer's payment standing. */
    public enum Standing {
        OK,
        OVERDUE,
        BLOCKED
    }
}
