package com.assisto.domain.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The instalments the ERP reported per customer. */
public interface OpenItemRepository {

    /** The customers' ids by their codes, for the codes that exist. */
    Map<String, Long> customerIds(Collection<String> codes);

    /** Every stored instalment of the customers. */
    List<OpenItem> ofCustomers(Collection<Long> customerIds);

    void add(OpenItem item);

    /**
     * Sets the customer's credit status without touching its version: the ERP's figures are not
     * an edit of the customer, and must not make a person's edit of it fail.
     */
    void updateCredit(long customerId, CreditStatus credit);
}
