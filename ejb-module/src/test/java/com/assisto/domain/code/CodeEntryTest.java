package com.assisto.domain.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class CodeEntryTest {

    @Test
    void contractTypesAreNumberedOneTo999() {
        assertEquals("1", new CodeEntry(CodeKind.SERVICE_TYPOLOGY, "1", "Full service").getCode());
        assertEquals("999", new CodeEntry(CodeKind.SERVICE_TYPOLOGY, "999", "Last").getCode());
        assertThrows(ValidationException.class, () -> new CodeEntry(CodeKind.SERVICE_TYPOLOGY, "0", "Zero"));
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
