package com.assisto.interfaces.rest.contracttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeSettings;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.interfaces.rest.FieldDto;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A contract type's fields in JSON: the label, and the labels by console language when there are any. */
class ContractTypeResourceTest {

    private static final Map<String, String> BOTH =
            Map.of("it", "Tempo di intervento (ore)", "en", "Response time (hours)");

    private static FieldDto responseHours(Map<String, String> labels) {
        return new FieldDto("responseHours", "Response time", labels, "NUMBER", true, null);
    }

    @Test
    void labelsByLanguageAreTakenAndGivenBack() {
        List<CustomFieldDefinition> fields = FieldDto.definitions(List.of(responseHours(BOTH)));
        assertEquals("Tempo di intervento (ore)", fields.get(0).label(Locale.ITALIAN));

        ContractType type = new ContractType(
                "930",
                new ContractTypeSettings(
                        "Full service",
                        12,
                        3,
                        12,
                        true,
                        false,
                        30,
                        "FS",
                        null,
                        new ChargingRules(true, true, false, false)));
        type.defineFields(fields);
        FieldDto read = ContractTypeResource.dto(type).fields().get(0);

        assertEquals("Response time", read.label());
        assertEquals(Map.of("en", "Response time (hours)", "it", "Tempo di intervento (ore)"), read.labels());
    }

    @Test
    void aClientThatSendsOnlyTheLabelKeepsWorking() {
        CustomFieldDefinition field =
                FieldDto.definitions(List.of(responseHours(null))).get(0);

        assertEquals("Response time", field.label(Locale.ITALIAN));
        assertEquals(Map.of(), field.labels());
    }

    @Test
    void onAnUpdateAFieldSentWithoutLabelsKeepsThoseItHad() {
        List<CustomFieldDefinition> stored = FieldDto.definitions(List.of(responseHours(BOTH)));
        FieldDto added = new FieldDto("site", "Site contact", null, "TEXT", false, null);

        List<FieldDto> kept = FieldDto.keepingLabels(List.of(responseHours(null), added), stored);
        List<FieldDto> cleared = FieldDto.keepingLabels(List.of(responseHours(Map.of())), stored);

        assertEquals(BOTH, kept.get(0).labels());
        assertEquals(null, kept.get(1).labels());
        assertEquals(Map.of(), FieldDto.definitions(cleared).get(0).labels());
    }

    @Test
    void aLanguageTheConsoleDoesNotSpeakIsRefusedWithTheOtherProblems() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> FieldDto.definitions(List.of(
                        responseHours(Map.of("fr", "Délai d'intervention (heures)")),
                        new FieldDto("level", "Level", Map.of("it", "Livello"), "COLOUR", false, null))));

        assertEquals(
                List.of("fields.responseHours.labels.fr", "fields.level.kind"),
                refused.getErrors().stream().map(FieldError::field).toList());
        assertEquals(
                "is not a language of the console: labels can be given in en and it",
                refused.getErrors().get(0).message());
    }
}
