package com.assisto.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldSchemaFormTest {

    private static CustomFieldSchemaForm.Row row(
            CustomFieldSchemaForm form, String key, String label, CustomFieldKind kind, String options) {
        form.add();
        CustomFieldSchemaForm.Row row = form.getRows().get(form.getRows().size() - 1);
        row.setKey(key);
        row.setLabel(label);
        row.setKind(kind);
        row.setOptions(options);
        return row;
    }

    @Test
    void aStoredSchemaComesBackUnchangedThroughTheForm() {
        List<CustomFieldDefinition> stored = List.of(
                new CustomFieldDefinition("level", "Service level", CustomFieldKind.CHOICE, true, "Gold;Silver"),
                new CustomFieldDefinition("visits", "Visits", CustomFieldKind.TABLE, false, "month:NUMBER;task:TEXT"));

        List<CustomFieldDefinition> saved = new CustomFieldSchemaForm(stored).definitions();

        assertEquals(2, saved.size());
        assertEquals("level", saved.get(0).getKey());
        assertEquals(CustomFieldKind.CHOICE, saved.get(0).getKind());
        assertEquals(true, saved.get(0).isRequired());
        assertEquals("Gold;Silver", saved.get(0).getOptions());
        assertEquals("month:NUMBER;task:TEXT", saved.get(1).getOptions());
    }

    @Test
    void everyInvalidRowIsReportedAtOnce() {
        CustomFieldSchemaForm form = new CustomFieldSchemaForm();
        row(form, "responseHours", "Response hours", CustomFieldKind.NUMBER, null);
        row(form, "level", "Level", CustomFieldKind.CHOICE, null);
        row(form, "visits", null, CustomFieldKind.TEXT, null);

        ValidationException refused = assertThrows(ValidationException.class, form::definitions);

        List<String> fields =
                refused.getErrors().stream().map(FieldError::field).toList();
        assertEquals(List.of("fields.level.options", "fields.visits.label"), fields);
    }

    @Test
    void aRemovedRowIsNotSaved() {
        CustomFieldSchemaForm form = new CustomFieldSchemaForm();
        row(form, "serial", "Serial", CustomFieldKind.TEXT, null);
        CustomFieldSchemaForm.Row wrong = row(form, "broken", null, CustomFieldKind.TEXT, null);

        form.remove(wrong);

        assertEquals(
                List.of("serial"),
                form.definitions().stream().map(CustomFieldDefinition::getKey).toList());
    }

    @Test
    void theLabelsInItalianAndEnglishAreEditedBesideTheLabel() {
        List<CustomFieldDefinition> stored = List.of(new CustomFieldDefinition(
                "responseHours",
                "Response time (hours)",
                Map.of("it", "Tempo di intervento (ore)"),
                CustomFieldKind.NUMBER,
                true,
                null));
        CustomFieldSchemaForm form = new CustomFieldSchemaForm(stored);
        CustomFieldSchemaForm.Row row = form.getRows().get(0);
        assertEquals("Tempo di intervento (ore)", row.getLabelIt());
        assertEquals(null, row.getLabelEn());

        row.setLabelEn("Response (h)");
        CustomFieldDefinition saved = form.definitions().get(0);

        assertEquals("Response time (hours)", saved.getLabel());
        assertEquals(Map.of("it", "Tempo di intervento (ore)", "en", "Response (h)"), saved.labels());
        assertEquals("Response (h)", saved.label(Locale.ENGLISH));
    }

    @Test
    void anEmptiedLabelInALanguageIsNoLongerThere() {
        CustomFieldSchemaForm form = new CustomFieldSchemaForm(List.of(new CustomFieldDefinition(
                "level", "Level", Map.of("it", "Livello", "en", "Service level"), CustomFieldKind.TEXT, false, null)));

        form.getRows().get(0).setLabelIt(" ");
        CustomFieldDefinition saved = form.definitions().get(0);

        assertEquals(Map.of("en", "Service level"), saved.labels());
        assertEquals("Level", saved.label(Locale.ITALIAN));
    }

    @Test
    void aLabelTooLongForItsLanguageIsReportedWithTheOtherRows() {
        CustomFieldSchemaForm form = new CustomFieldSchemaForm();
        row(form, "level", "Level", CustomFieldKind.CHOICE, null);
        row(form, "responseHours", "Response hours", CustomFieldKind.NUMBER, null)
                .setLabelIt("x".repeat(121));

        ValidationException refused = assertThrows(ValidationException.class, form::definitions);

        assertEquals(
                List.of(
                        "fields.level.options: must list the choices, separated by ;",
                        "fields.responseHours.labels.it: is longer than 120 characters"),
                refused.getErrors().stream()
                        .map(error -> error.field() + ": " + error.message())
                        .toList());
    }
}
