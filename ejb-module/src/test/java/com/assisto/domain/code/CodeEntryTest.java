package com.assisto.domain.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.ValidationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodeEntryTest {

    @Test
    void contractTypesAreNumberedOneTo999() {
        assertEquals("1", new CodeEntry(CodeKind.SERVICE_TYPOLOGY, "1", "Full service").getCode());
        assertEquals("999", new CodeEntry(CodeKind.SERVICE_TYPOLOGY, "999", "Last").getCode());
        ValidationException zero =
                assertThrows(ValidationException.class, () -> new CodeEntry(CodeKind.SERVICE_TYPOLOGY, "0", "Zero"));
        assertEquals(
                "'0' is not a valid service typology code: use a number from 1 to 999",
                zero.getErrors().get(0).message());
        assertEquals(
                "'0' non è un codice di tipologia di servizio valido: usa un numero da 1 a 999",
                zero.getErrors().get(0).problem().text(Locale.ITALIAN));
        assertThrows(ValidationException.class, () -> new CodeEntry(CodeKind.SERVICE_TYPOLOGY, "1000", "Too many"));
        assertThrows(ValidationException.class, () -> new CodeEntry(CodeKind.SERVICE_TYPOLOGY, "A1", "Letters"));
    }

    @Test
    void aDescriptionIsRequired() {
        ValidationException refused =
                assertThrows(ValidationException.class, () -> new CodeEntry(CodeKind.URGENCY_CLASS, "U4H", "  "));
        assertEquals("description", refused.getErrors().get(0).field());
    }
}
