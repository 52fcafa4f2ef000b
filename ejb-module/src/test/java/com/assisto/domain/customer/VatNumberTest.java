package com.assisto.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"01234567897", "IT01234567897", "12345678903", "DE123456789", "FRXX123456789"})
    void validNumbers(String vat) {
        assertTrue(VatNumber.isValid(vat));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "01234567890", "IT1234567890", "1234", "ITABCDEFGHIJK", "X1"})
    void invalidNumbers(String vat) {
        assertFalse(VatNumber.isValid(vat));
    }

    @Test
    void checkDigitCompletion() {
        assertEquals("01234567897", VatNumber.italianWithCheckDigit("0123456789"));
    }
}
