package com.assisto.domain.shared.customfields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The custom-field engine on its own, as an equipment type (E2) will use it: no contract involved. */
class FieldSchemaTest {

    private final FieldSchema splitAirConditioner = new FieldSchema(
            List.of(
                    new CustomFieldDefinition("refrigerant", "Refrigerant", CustomFieldKind.CHOICE, true, "R32;R410A"),
                    new CustomFieldDefinition(
                            "chargeKg", "Refrigerant charge (kg)", CustomFieldKind.NUMBER, true, null),
                    new CustomFieldDefinition("installedOn", "Installed on", CustomFieldKind.DATE, false, null),
                    new CustomFieldDefinition(
                            "leakChecks", "Leak checks", CustomFieldKind.TABLE, false, "date:DATE;result:TEXT")),
            Message.verbatim("equipment type SPLIT (Split air conditioner)"));

    @Test
    void valuesComeBackInTheirStoredFormWithEmptyOnesLeftOut() {
        Map<String, Object> stored = splitAirConditioner.validate(Map.of(
                "refrigerant", "R32",
                "chargeKg", " 1.25 ",
                "installedOn", "",
                "leakChecks", List.of(Map.of("date", "2026-05-04", "result", "no leak"))));
        assertEquals("R32", stored.get("refrigerant"));
        assertEquals(new BigDecimal("1.25"), stored.get("chargeKg"));
        assertEquals(List.of(Map.of("date", "2026-05-04", "result", "no leak")), stored.get("leakChecks"));
        assertEquals(List.of("refrigerant", "chargeKg", "leakChecks"), List.copyOf(stored.keySet()));
    }

    @Test
    void everyProblemIsReportedAtOnceUnderItsPathNamingTheOwnerOfTheSchema() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> splitAirConditioner.validate(Map.of(
                        "refrigerant", "R22",
                        "serial", "X1",
                        "leakChecks", List.of(Map.of("date", "4 May", "colour", "red")))));
        assertEquals(
                List.of(
                        "customFields.serial: is not a field of equipment type SPLIT (Split air conditioner)",
                        "customFields.refrigerant: 'R22' is not one of [R32, R410A]",
                        "customFields.chargeKg: is required",
                        "customFields.leakChecks[1].colour: is not a column of Leak checks; columns are [date, result]",
                        "customFields.leakChecks[1].date: '4 May' is not a date (write it as YYYY-MM-DD)"),
                refused.getErrors().stream()
                        .map(error -> error.field() + ": " + error.message())
                        .toList());
        assertEquals(
                List.of(
                        "non è un campo di equipment type SPLIT (Split air conditioner)",
                        "'R22' non è una delle scelte [R32, R410A]",
                        "è obbligatorio",
                        "non è una colonna di Leak checks; le colonne sono [date, result]",
                        "'4 May' non è una data (scrivila come AAAA-MM-GG)"),
                refused.getErrors().stream()
                        .map(error -> error.problem().text(Locale.ITALIAN))
                        .toList());
    }

    @Test
    void aKeyDefinedTwiceIsRefusedNamingIt() {
        List<CustomFieldDefinition> twice = List.of(
                new CustomFieldDefinition("hours", "Operating hours", CustomFieldKind.NUMBER, false, null),
                new CustomFieldDefinition("hours", "Hours again", CustomFieldKind.TEXT, false, null));
        ValidationException refused =
                assertThrows(ValidationException.class, () -> FieldSchema.checkDistinctKeys(twice));
        assertEquals("fields.hours", refused.getErrors().get(0).field());
    }

    @Test
    void aDefinitionThatCannotWorkIsRefusedWhenMade() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> new CustomFieldDefinition("Bad key", "", CustomFieldKind.TABLE, false, "when:TIME"));
        assertEquals(
                List.of("fields.key", "fields.Bad key.label", "fields.Bad key.options"),
                refused.getErrors().stream().map(FieldError::field).toList());
    }
}
