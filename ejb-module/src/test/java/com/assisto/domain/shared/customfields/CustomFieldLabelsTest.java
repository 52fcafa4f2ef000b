package com.assisto.domain.shared.customfields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A field's label in each console language, falling back to the label every reader sees. */
class CustomFieldLabelsTest {

    private static CustomFieldDefinition responseHours(Map<String, String> labels) {
        return new CustomFieldDefinition(
                "responseHours", "Response time (hours)", labels, CustomFieldKind.NUMBER, true, null);
    }

    private static List<String> refusals(Map<String, String> labels) {
        ValidationException refused = assertThrows(ValidationException.class, () -> responseHours(labels));
        return refused.getErrors().stream()
                .map(error -> error.field() + ": " + error.message())
                .toList();
    }

    @Test
    void eachReaderSeesTheLabelInTheirLanguage() {
        CustomFieldDefinition field = responseHours(Map.of("it", "Tempo di intervento (ore)", "en", "Response (h)"));

        assertEquals("Tempo di intervento (ore)", field.label(Locale.ITALIAN));
        assertEquals("Tempo di intervento (ore)", field.label(Locale.forLanguageTag("it-IT")));
        assertEquals("Response (h)", field.label(Locale.ENGLISH));
        assertEquals("Response time (hours)", field.getLabel());
        assertEquals(Map.of("en", "Response (h)", "it", "Tempo di intervento (ore)"), field.labels());
    }

    @Test
    void withoutALabelInTheReadersLanguageTheDefaultIsShown() {
        CustomFieldDefinition field = responseHours(Map.of("it", "Tempo di intervento (ore)"));

        assertEquals("Response time (hours)", field.label(Locale.ENGLISH));
        assertEquals("Response time (hours)", field.label(Locale.GERMAN));
        assertEquals("Response time (hours)", field.label(null));
        assertEquals(
                "Response time (hours)",
                new CustomFieldDefinition("signedOn", "Response time (hours)", CustomFieldKind.DATE, false, null)
                        .label(Locale.ITALIAN));
    }

    @Test
    void blankLabelsAreNoLabelsAndLanguagesAreReadWithoutCaseOrSpaces() {
        Map<String, String> labels = new HashMap<>();
        labels.put("en", "  ");
        labels.put(" IT ", " Tempo di intervento (ore) ");

        CustomFieldDefinition field = responseHours(labels);

        assertEquals(Map.of("it", "Tempo di intervento (ore)"), field.labels());
        assertEquals("Response time (hours)", field.label(Locale.ENGLISH));
        assertEquals(Map.of(), responseHours(null).labels());
    }

    @Test
    void aLanguageTheConsoleDoesNotSpeakIsRefusedNamingTheField() {
        assertEquals(
                List.of("fields.responseHours.labels.fr: is not a language of the console: labels can be given in en"
                        + " and it"),
                refusals(Map.of("fr", "Délai d'intervention (heures)")));

        ValidationException refused =
                assertThrows(ValidationException.class, () -> responseHours(Map.of("de", "Reaktionszeit (Stunden)")));
        FieldError error = refused.getErrors().get(0);
        assertEquals("customField.labelLanguage", error.problem().key());
        assertEquals(
                "non è una lingua della console: le etichette possono essere in en e it",
                error.problem().text(Locale.ITALIAN));
    }

    @Test
    void labelsAreAsLongAsTheirColumnsAtMost() {
        String longest = "x".repeat(120);
        assertEquals(longest, responseHours(Map.of("it", longest)).label(Locale.ITALIAN));

        assertEquals(
                List.of("fields.responseHours.labels.it: is longer than 120 characters"),
                refusals(Map.of("it", longest + "x")));
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> new CustomFieldDefinition(
                        "visits", longest + "x", Map.of("en", longest + "x"), CustomFieldKind.TEXT, false, null));
        assertEquals(
                List.of("fields.visits.label", "fields.visits.labels.en"),
                refused.getErrors().stream().map(FieldError::field).toList());
    }
}
