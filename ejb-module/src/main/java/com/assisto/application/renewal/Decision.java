package com.assisto.application.renewal;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractType;

/** What follows a due contract's term, decided before anything is priced or numbered. */
enum Decision {
    /** Auto-renewing: the same contract again for its renewal period. */
    RENEW,
    /** A convertible warranty: a maintenance contract of the type it converts to. */
    CONVERT,
    /** No auto-renewal, or a warranty that does not convert: it expires, with a quote offered. */
    EXPIRE;

    static Decision of(Contract contract) {
        if (contract.getType().isWarranty()) {
            return contract.isConvertibleWarranty() ? CONVERT : EXPIRE;
        }
        return contract.isAutoRenew() ? RENEW : EXPIRE;
    }

    /** The type the next contract (or the quote offered) has; null when nothing follows. */
    ContractType nextType(Contract contract) {
        return contract.getType().isWarranty() ? contract.getType().getConvertsTo() : contract.getType();
    }

    /** Whether the next document is a quote, numbered in the quote series. */
    boolean offersQuote() {
        return this == EXPIRE;
    }
}
