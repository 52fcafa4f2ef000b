package com.assisto.interfaces.console.customer;

import com.assisto.application.customer.CustomerService;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers an autocomplete offers for what was typed: the one with that code first, then by
 * name; and the one a form opens on.
 */
@ApplicationScoped
public class CustomerSuggestions {

    private static final int SUGGESTIONS = 10;

    @EJB
    private CustomerService customers;

    /** The customer as an autocomplete holds it, for a form opened on that customer. */
    public CustomerListing byId(long id) {
        return customers.search(new CustomerFilter(null, null, null, null, id), null, 1).items().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Customer", id));
    }

    public List<CustomerListing> suggest(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        Map<Long, CustomerListing> found = new LinkedHashMap<>();
        customers
                .search(new CustomerFilter(typed, null, null, null, null), null, 1)
                .items()
                .forEach(customer -> found.put(customer.id(), customer));
        customers
                .search(new CustomerFilter(null, typed, null, null, null), null, SUGGESTIONS)
                .items()
                .forEach(customer -> found.putIfAbsent(customer.id(), customer));
        return found.values().stream().limit(SUGGESTIONS).toList();
    }
}
