package com.assisto.domain.contract;

import com.assisto.domain.shared.ValidationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a contract stands. A quote becomes a contract when the customer confirms it, or ends
 * rejected or lapsed; a contract ends renewed, expired or cancelled. Ended states are final.
 */
public enum ContractStatus {
    QUOTE,
    ACTIVE,
    RENEWED,
    EXPIRED,
    CANCELLED,
    REJECTED,
    LAPSED;

    private Set<ContractStatus> next() {
        return switch (this) {
            case QUOTE -> EnumSet.of(ACTIVE, REJECTED, LAPSED);
            case ACTIVE -> EnumSet.of(RENEWED, EXPIRED, CANCELLED);
            default -> EnumSet.noneOf(ContractStatus.class);
        };
    }

    public boolean canBecome(ContractStatus target) {
        return next().contains(target);
    }

    /** The target state, or a clear refusal naming both states and what is allowed. */
    public ContractStatus moveTo(ContractStatus target) {
        if (!canBecome(target)) {
            Set<ContractStatus> allowed = next();
            if (allowed.isEmpty()) {
                throw new ValidationException("status", "contract.status.final", this, target);
            }
            throw new ValidationException("status", "contract.status.notAllowed", this, target, List.copyOf(allowed));
        }
        return target;
    }

    /** Lines and terms can change only while the contract is a quote or running. */
    public boolean isEditable() {
        return this == QUOTE || this == ACTIVE;
    }
}
