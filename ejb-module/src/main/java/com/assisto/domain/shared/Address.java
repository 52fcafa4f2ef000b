package com.assisto.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A postal address as the ERP and Italian invoicing know it. */
@Embeddable
public class Address {

    @Column(name = "street")
    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "city")
    private String city;

    @Column(name = "province")
    private String province;

    @Column(name = "country")
    private String country;

    protected Address() {}

    public Address(String street, String postalCode, String city, String province, String country) {
        this.street = Text.trimToNull(street);
        this.postalCode = Text.trimToNull(postalCode);
        this.city = Text.trimToNull(city);
        this.province = province == null ? null : Text.trimToNull(province.toUpperCase(Locale.ROOT));
        this.country =
                country == null || country.isBlank() ? "IT" : country.trim().toUpperCase(Locale.ROOT);
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getProvince() {
        return province;
    }

    public String getCountry() {
        return country;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address that
                && Objects.equals(street, that.street)
                && Objects.equals(postalCode, that.postalCode)
                && Objects.equals(city, that.city)
                && Objects.equals(province, that.province)
                && Objects.equals(country, that.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, postalCode, city, province, country);
    }

    @Override
    public String toString() {
        return String.join(
                ", ",
                Text.nonBlank(
                        street, Text.join(" ", postalCode, city), province == null ? null : "(" + province + ")"));
    }
}
