package com.assisto.application.customer;

import com.assisto.domain.customer.CustomerImport;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.exchange.BatchOutcome;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Applies a batch of the ERP's customer registry (X1) in one transaction, by {@link CustomerImport}'s rules. */
@Stateless
public class CustomerImportService {

    @Inject
    private CustomerRepository customers;

    public BatchOutcome apply(List<CustomerRegistry> records) {
        return new CustomerImport(customers).apply(records);
    }
}
