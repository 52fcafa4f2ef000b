package com.assisto.domain.contract;

import com.assisto.domain.pricing.Prorating;
import com.assisto.domain.shared.Message;

/**
 * A line added to or removed from a running contract, with the prorated amount to charge or
 * credit; it becomes a delivery note once numbered.
 */
public record MidTermChange(ContractLine line, DeliveryNoteKind kind, Prorating prorating) {

    /** What the note charges or credits, and how the amount was prorated. */
    public Message description() {
        return Message.of(
                kind == DeliveryNoteKind.CHARGE ? "contract.note.added" : "contract.note.removed",
                line.getContract().getNumber(),
                line.getDescription(),
                prorating.remainingDays(),
                prorating.periodDays(),
                prorating.fullValue());
    }

    public boolean isBillable() {
        return prorating.amount().signum() != 0;
    }
}
