package com.assisto.domain.pricing;

/** Where a line's price came from, so that the explanation and renewals (C9) can tell. */
public enum PriceSource {
    /** The customer's tariff prices the item. */
    TARIFF_ITEM,
    /** The tariff has no price for the item; the contract's service typology is priced instead. */
    TARIFF_TYPOLOGY,
    /** Typed by the operator; the tariff figures, if any, are kept for comparison. */
    MANUAL,
    /** Warranty contracts carry no value. */
    WARRANTY
}
