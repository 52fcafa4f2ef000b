package com.assisto.domain.contracttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContractTemplateTest {

    private final ContractType type = Fixtures.fullService();

    @Test
    void savingAddsARevision() {
        ContractTemplate first = new ContractTemplate(type, "Offer", null, "it", "<p>1</p>", "office", Instant.now());
        ContractTemplate second = new ContractTemplate(type, "Offer", first, "it", "<p>2</p>", "office", Instant.now());
        assertEquals(2, second.getRevision());
        assertFalse(second.isRetired());
    }

    @Test
    void aRetiredTemplateTakesNoNewRevision() {
        ContractTemplate first = new ContractTemplate(type, "Offer", null, "it", "<p>1</p>", "office", Instant.now());
        first.retire();
        assertTrue(first.isRetired());
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> new ContractTemplate(type, "Offer", first, "it", "<p>2</p>", "office", Instant.now()));
        assertEquals("name", refused.getErrors().get(0).field());
        assertEquals(
                "'Offer' is a retired template; choose another name",
                refused.getErrors().get(0).message());
        assertEquals(
                "'Offer' è un modello ritirato; scegli un altro nome",
                refused.getErrors().get(0).problem().text(Locale.ITALIAN));
    }

    @Test
    void nameLanguageAndBodyAreChecked() {
        assertEquals(
                "'de' deve essere it o en",
                assertThrows(
                                ValidationException.class,
                                () -> new ContractTemplate(type, "Offer", null, "de", "<p/>", "office", Instant.now()))
                        .getErrors()
                        .get(0)
                        .problem()
                        .text(Locale.ITALIAN));
        assertEquals(
                "body is longer than 200000 characters",
                assertThrows(
                                ValidationException.class,
                                () -> new ContractTemplate(
                                        type,
                                        "Offer",
                                        null,
                                        "it",
                                        "x".repeat(ContractTemplate.MAX_BODY + 1),
                                        "office",
                                        Instant.now()))
                        .getMessage());
    }
}
