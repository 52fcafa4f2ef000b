package com.assisto.domain.customer;

import java.math.BigDecimal;

/**
 * A line of the customer list, read straight from the columns it shows: lists are read far more
 * often than customers are changed, and building whole entities for them costs twice as much.
 */
public record CustomerListing(
        long id,
        long version,
        String code,
        String name,
        String vatNumber,
        String city,
        String province,
        boolean creditBlocked,
        BigDecimal overdueAmount)
        implements java.io.Serializable {

    public CreditStatus.Standing standing() {
        return CreditStatus.standingOf(creditBlocked, overdueAmount);
    }
}
