package com.assisto.domain.customer;

import com.assisto.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * The credit status the customer's instalments give on a day: open items are what is not paid
     * (open or returned), overdue is what of it fell due before the day, and one returned
     * instalment blocks the customer until the ERP reports it paid.
     */
    public static CreditStatus of(Collection<OpenItem> items, LocalDate on) {
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        boolean returned = false;
        for (OpenItem item : items) {
            if (item.getState() == PaymentState.PAID) {
                continue;
            }
            open = open.add(item.getAmount());
            if (item.getDueDate().isBefore(on)) {
                overdue = overdue.add(item.getAmount());
            }
            returned |= item.getState() == PaymentState.UNPAID;
        }
        return new CreditStatus(open, overdue.max(BigDecimal.ZERO), returned, on);
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
