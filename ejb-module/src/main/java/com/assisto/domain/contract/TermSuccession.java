package com.assisto.domain.contract;

import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.contracttype.ContractType;
import java.time.LocalDate;
import java.util.List;

/**
 * What follows a contract's term when it ends (C9, W2): renewal on the same terms, a warranty's
 * conversion into the maintenance type it converts to, or expiry with an optional quote for
 * the next term; and on which terms the next one runs.
 */
final class TermSuccession {

    private final ContractType type;
    private final ContractTerms terms;
    private final LocalDate endDate;
    private final List<ContractLine> coveredLines;

    TermSuccession(ContractType type, ContractTerms terms, LocalDate endDate, List<ContractLine> coveredLines) {
        this.type = type;
        this.terms = terms;
        this.endDate = endDate;
        this.coveredLines = coveredLines;
    }

    TermEnd termEnd() {
        if (type.isWarranty()) {
            return isConvertibleWarranty() ? TermEnd.CONVERT : TermEnd.EXPIRE;
        }
        return terms.autoRenew() ? TermEnd.RENEW : TermEnd.EXPIRE;
    }

    /**
     * The type of what follows (the renewed contract, the converted warranty or the quote
     * offered): its own type, or for a warranty the maintenance type it converts to; null when
     * a warranty type converts to nothing.
     */
    ContractType successorType() {
        return type.isWarranty() ? type.getConvertsTo() : type;
    }

    /** A warranty converts when its type converts to something and every covered item allows it. */
    boolean isConvertibleWarranty() {
        return type.isWarranty()
                && type.getConvertsTo() != null
                && !coveredLines.isEmpty()
                && coveredLines.stream()
                        .allMatch(
                                line -> line.getItem() != null && line.getItem().isWarrantyConvertible());
    }

    /**
     * The next term's terms: the same again from the day after the end for the renewal period
     * (billed as before when that period allows it) when the type stays; another type's defaults
     * otherwise, keeping the typology and payment terms.
     */
    ContractTerms nextTerms(ContractType nextType) {
        LocalDate nextStart = endDate.plusDays(1);
        if (nextType != type) {
            return nextType.defaultTerms(nextStart, terms.typologyCode(), terms.paymentTerms());
        }
        int renewalMonths = terms.renewalMonths();
        return new ContractTerms(
                terms.typologyCode(),
                nextStart,
                renewalMonths,
                renewalMonths,
                renewalMonths % terms.billingMonths() == 0 ? terms.billingMonths() : renewalMonths,
                terms.paymentTerms(),
                terms.autoRenew());
    }
}
