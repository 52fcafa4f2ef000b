package com.assisto.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.FieldError;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MalformedBodyTest {

    @Test
    void nestedPropertiesBecomeAPath() {
        FieldError error = MalformedBody.fieldOf(
                        "Unable to deserialize property 'lines' because of: Unable to"
                                + " deserialize property 'unitPrice' because of: Cannot deserialize from string to java.math.BigDecimal")
                .orElseThrow();
        assertEquals("lines.unitPrice", error.field());
        assertEquals("cannot be read: a number is expected", error.message());
    }

    @Test
    void anImpossibleDateIsNamedAsSuch() {
        FieldError error = MalformedBody.fieldOf(new RuntimeException(
                        "Error deserializing object from entity stream.",
                        new RuntimeException(
                                "Unable to deserialize property 'validFrom' because of: Error parsing class"
                                        + " java.time.LocalDate from value: 2026-02-30.")))
                .orElseThrow();
        assertEquals("validFrom", error.field());
        assertEquals("cannot be read: not a date of the calendar (YYYY-MM-DD)", error.message());
        assertEquals(
                "non si può leggere: non è una data del calendario (AAAA-MM-GG)",
                error.problem().text(Locale.ITALIAN));
    }

    @Test
    void aHugeValueIsNotRepeated() {
        FieldError error = MalformedBody.fieldOf(
                        "Unable to deserialize property 'note' because of: odd value " + "x".repeat(100_000))
                .orElseThrow();
        assertTrue(error.message().length() < 200, error.message());
        assertTrue(error.problem().text(Locale.ITALIAN).startsWith("non si può leggere: odd value x"));
    }

    @Test
    void aFailureThatNamesNoPropertyNamesNoField() {
        assertTrue(MalformedBody.fieldOf(new RuntimeException("Unexpected char 39 at (line no=1, column no=1)"))
                .isEmpty());
    }
}
