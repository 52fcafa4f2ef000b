package com.assisto.domain.customer;

import com.assisto.domain.shared.Text;

/**
 * Filters of the customer list. Code, VAT and city match exactly (ignoring case), the name
 * matches by prefix. Only one customer is visible to a customer user, whatever the filter.
 */
public record CustomerFilter(String code, String name, String vatNumber, String city, Long onlyCustomerId) {

    /** No filter: every customer. */
    public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null);

    public CustomerFilter {
        code = Text.trimToNull(code);
        name = Text.nameKey(name);
        vatNumber = vatNumber == null
                ? null
                : Text.trimToNull(vatNumber.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        city = Text.nameKey(city);
    }

    public CustomerFilter restrictedTo(Long customerId) {
        return new CustomerFilter(code, name, vatNumber, city, customerId);
    }
}
