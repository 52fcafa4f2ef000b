package com.assisto.integration.erp.customer;

import com.assisto.application.customer.CustomerImportService;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.integration.erp.exchange.TranslatedFlow;
import com.assisto.integration.erp.mexal.MexalCustomers;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The customer registry ({@code customers*.csv}, the WebAPI's {@code clienti}). */
@Dependent
public class CustomersFlow extends TranslatedFlow<CustomerRegistry> {

    @Inject
    public CustomersFlow(CustomerImportService customers) {
        super(
                ErpFlow.CUSTOMERS,
                "customers.*",
                "clienti",
                new Translator<>(
                        MexalCustomers::read, record -> List.of(MexalCustomers.fromJson(record)), MexalCustomers::line),
                batch -> customers.apply(batch));
    }
}
