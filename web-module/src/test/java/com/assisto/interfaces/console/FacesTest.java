package com.assisto.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An error under a custom field's path is summarised with the field's label in the reader's language. */
class FacesTest {

    private final CustomFieldForm form = new CustomFieldForm(
            List.of(
                    new CustomFieldDefinition(
                            "responseHours",
                            "Response time (hours)",
                            Map.of("it", "Tempo di intervento (ore)"),
                            CustomFieldKind.NUMBER,
                            true,
                            null),
                    new CustomFieldDefinition(
                            "visits",
                            "Planned visits",
                            Map.of("it", "Visite previste"),
                            CustomFieldKind.TABLE,
                            false,
                            "month:NUMBER;task:TEXT")),
            Map.of());

    @Test
    void aCustomFieldReadsItsLabelInTheReadersLanguage() {
        Map<String, String> italian = form.fieldLabels(Locale.ITALIAN);

        assertEquals("Tempo di intervento (ore)", Faces.named(italian, "customFields.responseHours"));
        assertEquals(
                "Response time (hours)", Faces.named(form.fieldLabels(Locale.ENGLISH), "customFields.responseHours"));
    }

    @Test
    void aTableCellReadsItsTablesLabelAndItsPlace() {
        assertEquals(
                "Visite previste[2].month",
                Faces.named(form.fieldLabels(Locale.ITALIAN), "customFields.visits[2].month"));
    }

    @Test
    void aFieldNoFormNamedStaysAsTheDomainNamesIt() {
        Map<String, String> italian = form.fieldLabels(Locale.ITALIAN);

        assertEquals("customFields.serial", Faces.named(italian, "customFields.serial"));
        assertEquals("lines[1].price", Faces.named(italian, "lines[1].price"));
        assertEquals("customFields.responseHours", Faces.named(Map.of(), "customFields.responseHours"));
    }
}
