package com.assisto.interfaces.console.customer;

import com.assisto.application.customer.CustomerService;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * A customer chosen in a form (an autocomplete) travels as its code. Named, not by class: Faces
 * injects only into converters it looks up by id.
 */
@FacesConverter(value = "customerListing", managed = true)
public class CustomerListingConverter implements Converter<CustomerListing> {

    @Inject
    private CustomerService customers;

    @Override
    public CustomerListing getAsObject(FacesContext context, UIComponent component, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return customers.search(new CustomerFilter(code, null, null, null, null), null, 1).items().stream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerListing customer) {
        return customer == null ? "" : customer.code();
    }
}
