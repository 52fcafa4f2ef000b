package com.assisto.domain.contract;

import com.assisto.domain.pricing.Prorating;

/**
 * A line added to or removed from a running contract, with the prorated amount to charge or
 * credit; it becomes a delivery note once numbered.
 */
public record MidTermChange(ContractLine line, DeliveryNoteKind kind, Prorating prorating) {

    public String description() {
        return (kind == DeliveryNoteKind.CHARGE ? "Added to contract " : "Removed from contract ")
                + line.getContract().getNumber() + ": " + line.getDescription() + " — " + prorating.remainingDays()
                + "/" + prorating.periodDays() + " days of " + prorating.fullValue();
    }

    public boolean isBillable() {
        return prorating.amount().signum() != 0;
    }
}
