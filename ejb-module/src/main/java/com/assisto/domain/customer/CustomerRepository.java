package com.assisto.domain.customer;

import com.assisto.domain.shared.Slice;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where customers are kept. */
public interface CustomerRepository {

    Optional<Customer> find(long id);

    /** The customer with sites, contacts and tariff, in one query, for reading only: never change it. */
    Optional<Customer> view(long id);

    Optional<Customer> findByCode(String code);

    /** The customers with these codes, for changing; codes of no customer are left out. */
    List<Customer> findByCodes(Collection<String> codes);

    /** Customers matching the filter in code order, after the given code (null: from the start), for reading only. */
    Slice<CustomerListing> search(CustomerFilter filter, String afterCode, int limit);

    /** An offset page for the console's pager, in the order the user picked. */
    List<Customer> page(CustomerFilter filter, String sortField, boolean ascending, int first, int max);

    /** Counts for the console's pager; the API never needs it. */
    long count(CustomerFilter filter);

    /** The site, whichever customer it belongs to. */
    Optional<ServiceSite> findSite(long siteId);

    void add(Customer customer);

    /** Adds new customers, an import's batch, in one go: they have no sites, contacts or tariff yet. */
    void addAll(List<Customer> customers);

    /**
     * Raises the customer's version now for a change inside the aggregate (a site, a contact),
     * which by itself would only touch the child's row, so that concurrent edits still collide.
     */
    void changedInside(Customer customer);

    void remove(Customer customer);
}
