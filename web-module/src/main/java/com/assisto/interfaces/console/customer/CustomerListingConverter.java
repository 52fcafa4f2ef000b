package com.assisto.interfaces.console.customer;

import com.assisto.application.customer.CustomerService;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A customer chosen in a form (an autocomplete) travels as its code. Faces creates converters
 * itself and injects nothing into them here, so the service is looked up when a code is read.
 */
@FacesConverter("customerListing")
public class CustomerListingConverter implements Converter<CustomerListing> {

    @Override
    public CustomerListing getAsObject(FacesContext context, UIComponent component, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        CustomerService customers = CDI.current().select(CustomerService.class).get();
        return customers.search(new CustomerFilter(code, null, null, null, null), null, 1).items().stream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerListing customer) {
        return customer == null ? "" : customer.code();
    }
}
