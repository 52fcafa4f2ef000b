package com.assisto.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aNameKeyIgnoresCaseBlanksAndAccents() {
        assertEquals("eboli", Text.nameKey(" Éboli "));
        assertEquals("sortest agata srl", Text.nameKey("Sortest   Ágata Srl"));
        assertEquals("forli", Text.nameKey("FORLÌ"));
        assertNull(Text.nameKey("  "));
    }

    @Test
    void aSearchKeyKeepsAccentsForTextMatchedAsTyped() {
        assertEquals("caffè espresso", Text.searchKey("Caffè  Espresso"));
    }
}
