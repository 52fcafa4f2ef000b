package com.assisto.interfaces.rest.customer;

import com.assisto.domain.shared.Address;

/** A postal address. */
public record AddressDto(String street, String postalCode, String city, String province, String country) {

    static AddressDto of(Address address) {
        return address == null
                ? null
                : new AddressDto(
                        address.getStreet(),
                        address.getPostalCode(),
                        address.getCity(),
                        address.getProvince(),
                        address.getCountry());
    }

    Address toAddress() {
        return new Address(street, postalCode, city, province, country);
    }
}
