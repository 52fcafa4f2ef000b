package com.assisto.domain.equipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.equipment.EquipmentType.CounterInput;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EquipmentTypeTest {

    static EquipmentType splitAirConditioner() {
        EquipmentType type = new EquipmentType("SPLIT", "Split air conditioner");
        type.defineFields(List.of(
                new CustomFieldDefinition("refrigerant", "Refrigerant", CustomFieldKind.CHOICE, true, "R32;R410A"),
                new CustomFieldDefinition("chargeKg", "Charge (kg)", CustomFieldKind.NUMBER, true, null),
                new CustomFieldDefinition("installedOn", "Installed on", CustomFieldKind.DATE, false, null),
                new CustomFieldDefinition(
                        "leakChecks", "Leak checks", CustomFieldKind.TABLE, false, "on:DATE;result:TEXT;kg:NUMBER")));
        type.defineCounters(List.of(new CounterInput("hours", "Operating hours", "h")));
        return type;
    }

    @Test
    void equipmentValuesAreCheckedAgainstTheTypesSchemaIncludingTableRows() {
        EquipmentType type = splitAirConditioner();

        Map<String, Object> stored = type.validateCustomFields(Map.of(
                "refrigerant", "R32",
                "chargeKg", "1.25",
                "leakChecks", List.of(Map.of("on", "2026-05-04", "result", "no leak", "kg", 0))));

        assertEquals(new BigDecimal("1.25"), stored.get("chargeKg"));
        assertEquals(
                List.of(Map.of("on", "2026-05-04", "result", "no leak", "kg", BigDecimal.ZERO)),
                stored.get("leakChecks"));

        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> type.validateCustomFields(Map.of(
                        "refrigerant", "R22",
                        "leakChecks", List.of(Map.of("on", "4 May", "kg", "a lot")),
                        "colour", "white")));
        assertEquals(
                List.of(
                        "customFields.colour",
                        "customFields.refrigerant",
                        "customFields.chargeKg",
                        "customFields.leakChecks[1].on",
                        "customFields.leakChecks[1].kg"),
                refused.getErrors().stream().map(FieldError::field).toList());
        assertEquals(
                "is not a field of equipment type SPLIT (Split air conditioner)",
                refused.getErrors().get(0).message());
    }

    @Test
    void countersNeedAKeyShapeALabelAndOneDefinitionEach() {
        EquipmentType type = new EquipmentType("COPIER", "Copier");
        type.defineCounters(List.of(
                new CounterInput("bwTotal", "B/W total", "copies"), new CounterInput("colour", "Colour", "copies")));
        assertEquals(
                List.of("bwTotal", "colour"),
                type.getCounters().stream().map(MeterCounter::getKey).toList());

        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> type.defineCounters(List.of(
                        new CounterInput("Total", "Total", null),
                        new CounterInput("colour", " ", null),
                        new CounterInput("colour", "Colour again", null))));
        assertEquals(
                List.of("counters.key", "counters.colour.label", "counters.colour"),
                refused.getErrors().stream().map(FieldError::field).toList());
        assertEquals(2, type.getCounters().size(), "a refused definition leaves the counters as they were");
    }

    @Test
    void aTypeCodeIsShortAndInCapitals() {
        ValidationException refused =
                assertThrows(ValidationException.class, () -> new EquipmentType("split a/c", "Split"));
        assertEquals("code", refused.getErrors().get(0).field());
        assertEquals(
                "'split a/c' non è un codice tipo: fino a 20 lettere maiuscole, cifre, - o _",
                refused.getErrors().get(0).problem().text(Locale.ITALIAN));
    }
}
