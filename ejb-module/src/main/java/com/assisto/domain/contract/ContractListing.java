package com.assisto.domain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the contract list, read straight from the columns it shows. */
public record ContractListing(
        long id,
        long version,
        String number,
        String typeCode,
        String typeName,
        long customerId,
        String customerCode,
        String customerName,
        ContractStatus status,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal value) {

    /** The seek key of this row in the list's order: end date, then id. */
    public String seekKey() {
        return endDate + "~" + id;
    }
}
