package com.assisto.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.Address;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomerRegistryTest {

    static CustomerRegistry registry(String code, String name, String vat) {
        return new CustomerRegistry(
                code,
                name,
                vat,
                null,
                "Mario Rossi",
                new Address("Via Roma 1", "20121", " Milano ", "mi", null),
                "Info@Rossi.IT",
                null,
                "m5uxcr1",
                "RB30");
    }

    @Test
    void valuesAreNormalised() {
        CustomerRegistry registry = registry(" 501.00001 ", "  Rossi Impianti S.r.l. ", "it 01234567897");
        assertEquals("501.00001", registry.code());
        assertEquals("Rossi Impianti S.r.l.", registry.name());
        assertEquals("IT01234567897", registry.vatNumber());
        assertEquals("info@rossi.it", registry.email());
        assertEquals("M5UXCR1", registry.sdiCode());
        assertEquals("Milano", registry.address().getCity());
        assertEquals("MI", registry.address().getProvince());
        assertEquals("IT", registry.address().getCountry());
        assertTrue(registry.errors().isEmpty(), () -> registry.errors().toString());
    }

    @Test
    void everyInvalidFieldIsNamed() {
        CustomerRegistry registry = new CustomerRegistry(
                "bad code!", null, "12345678901", "nope", null, null, "not-mail", "also@not", "toolongcode", null);
        List<String> fields = registry.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("code", "name", "vatNumber", "taxCode", "email", "pec", "sdiCode"), fields);
        ValidationException thrown = assertThrows(ValidationException.class, registry::validate);
        assertEquals(7, thrown.getErrors().size());
        assertEquals(
                "'12345678901' is not a valid VAT number",
                thrown.getErrors().get(2).message());
        assertEquals(
                List.of(
                        "'bad code!' non è un codice cliente valido (fino a 20 lettere, cifre, . _ / -)",
                        "è obbligatorio",
                        "'12345678901' non è una partita IVA valida",
                        "'NOPE' non è un codice fiscale valido",
                        "'not-mail' non è un indirizzo e-mail",
                        "'also@not' non è un indirizzo e-mail",
                        "'TOOLONGCODE' non è un codice destinatario SDI (6 o 7 lettere e cifre)"),
                thrown.getErrors().stream()
                        .map(error -> error.problem().text(Locale.ITALIAN))
                        .toList());
    }

    @Test
    void aSiteOrContactWithoutNameOrWithANegativeDistanceIsInvalidInput() {
        Customer customer = new Customer(registry("501.00001", "Rossi", "01234567897"));
        ValidationException unnamed =
                assertThrows(ValidationException.class, () -> customer.addSite(" ", null, BigDecimal.ONE));
        assertEquals("name is required", unnamed.getMessage());
        ValidationException negative = assertThrows(
                ValidationException.class, () -> customer.addSite("Magazzino", null, new BigDecimal("-1")));
        assertEquals("distanceKm", negative.getErrors().get(0).field());
        assertEquals(
                "non può essere negativo", negative.getErrors().get(0).problem().text(Locale.ITALIAN));
        assertThrows(ValidationException.class, () -> customer.addContact(null, "Buyer", null, null));
    }

    @Test
    void applyingIdenticalDataChangesNothing() {
        Customer customer = new Customer(registry("501.00001", "Rossi", "01234567897"));
        assertFalse(customer.apply(registry("501.00001", "Rossi", "01234567897")));
        assertTrue(customer.apply(registry("501.00001", "Rossi Impianti", "01234567897")));
        assertEquals("Rossi Impianti", customer.getName());
    }

    @Test
    void theErpDoesNotEraseTheLegalRepresentative() {
        Customer customer = new Customer(registry("501.00001", "Rossi", "01234567897"));
        CustomerRegistry fromErp = new CustomerRegistry(
                "501.00001",
                "Rossi",
                "01234567897",
                null,
                null,
                customer.getBillingAddress(),
                "info@rossi.it",
                null,
                "M5UXCR1",
                "RB30");
        assertFalse(customer.applyFromErp(fromErp), "the ERP row matches apart from what it does not know");
        assertEquals("Mario Rossi", customer.getLegalRepresentative());
    }

    @Test
    void registryDataOfAnotherCustomerIsRefused() {
        Customer customer = new Customer(registry("501.00001", "Rossi", null));
        assertThrows(IllegalArgumentException.class, () -> customer.apply(registry("501.00002", "Bianchi", null)));
    }
}
