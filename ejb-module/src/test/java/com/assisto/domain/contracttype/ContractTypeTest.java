package com.assisto.domain.contracttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractTypeTest {

    private final ContractType type = Fixtures.fullService();

    @Test
    void validValuesAreStoredInTheirNormalForm() {
        Map<String, Object> values = type.validateCustomFields(Map.of(
                "responseHours",
                "8",
                "signedOn",
                "2026-01-15",
                "level",
                "Gold",
                "visits",
                List.of(Map.of("month", 3, "task", "Cleaning"), Map.of("month", "9"))));
        assertEquals(new BigDecimal("8"), values.get("responseHours"));
        assertEquals("2026-01-15", values.get("signedOn"));
        assertEquals(
                List.of(Map.of("month", new BigDecimal("3"), "task", "Cleaning"), Map.of("month", new BigDecimal("9"))),
                values.get("visits"));
    }

    @Test
    void everyInvalidValueIsReportedWithItsPath() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("signedOn", "15/01/2026");
        values.put("level", "Platinum");
        values.put("visits", List.of(Map.of("month", "March", "colour", "red")));
        values.put("unknown", "x");
        ValidationException refused = assertThrows(ValidationException.class, () -> type.validateCustomFields(values));
        List<String> fields =
                refused.getErrors().stream().map(FieldError::field).toList();
        assertEquals(
                List.of(
                        "customFields.unknown",
                        "customFields.responseHours",
                        "customFields.signedOn",
                        "customFields.level",
                        "customFields.visits[1].colour",
                        "customFields.visits[1].month"),
                fields);
        assertTrue(
                refused.getMessage().contains("customFields.level 'Platinum' is not one of [Gold, Silver, Bronze]"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("customFields.responseHours is required"), refused.getMessage());
        assertTrue(refused.getMessage().contains("'March' is not a number"), refused.getMessage());
        assertEquals(
                "non è un campo di tipo di contratto 1 (Full service)",
                refused.getErrors().get(0).problem().text(Locale.ITALIAN));
    }

    @Test
    void schemasAreCheckedWhenDefined() {
        assertThrows(
                ValidationException.class,
                () -> new CustomFieldDefinition("Bad Key", "Label", CustomFieldKind.TEXT, false, null));
        assertThrows(
                ValidationException.class,
                () -> new CustomFieldDefinition("level", "Level", CustomFieldKind.CHOICE, false, " ; "));
        ValidationException columns = assertThrows(
                ValidationException.class,
                () -> new CustomFieldDefinition("rows", "Rows", CustomFieldKind.TABLE, false, "qty:INTEGER"));
        assertTrue(columns.getMessage().contains("column 'qty:INTEGER'"), columns.getMessage());
        ValidationException twice = assertThrows(
                ValidationException.class,
                () -> type.defineFields(List.of(
                        new CustomFieldDefinition("a", "A", CustomFieldKind.TEXT, false, null),
                        new CustomFieldDefinition("a", "A again", CustomFieldKind.TEXT, false, null))));
        assertEquals("fields.a", twice.getErrors().get(0).field());
    }

    @Test
    void contractTypesAreNumberedOneToNineHundredNinetyNine() {
        assertEquals("999", new ContractType("999", Fixtures.settings(false, null)).getCode());
        assertThrows(ValidationException.class, () -> new ContractType("0", Fixtures.settings(false, null)));
        assertThrows(ValidationException.class, () -> new ContractType("1000", Fixtures.settings(false, null)));
    }

    @Test
    void numbersArePerTypeAndYearWithQuotesInTheirOwnSeriesWhenConfigured() {
        assertEquals("FS/2026/00042", type.contractNumber(2026, 42));
        assertEquals("Q-FS/2026/00003", type.quoteNumber(2026, 3));
        assertEquals("quote:1:2026", type.seriesKey(true, 2026));
        assertEquals("contract:1:2026", type.seriesKey(false, 2026));

        ContractType sameSeries = new ContractType("2", Fixtures.settings(false, null));
        assertFalse(sameSeries.hasQuoteSeries());
        assertEquals("FS/2026/00003", sameSeries.quoteNumber(2026, 3));
        assertEquals("contract:2:2026", sameSeries.seriesKey(true, 2026), "quotes draw contract numbers");
    }

    @Test
    void settingsAreValidated() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> new ContractType(
                        "3",
                        new ContractTypeSettings(
                                " ",
                                12,
                                5,
                                12,
                                true,
                                false,
                                0,
                                "fs",
                                "q!",
                                new ChargingRules(true, true, true, true))));
        assertEquals(
                List.of("name", "billingMonths", "quoteValidityDays", "numberPrefix", "quotePrefix"),
                refused.getErrors().stream().map(FieldError::field).toList());
        assertEquals(
                "must divide the duration of 12 months into equal periods (for example 1, 3, 6 or 12)",
                refused.getErrors().get(1).message());
        assertEquals(
                List.of(
                        "è obbligatorio",
                        "deve dividere la durata di 12 mesi in periodi uguali (per esempio 1, 3, 6 o 12)",
                        "deve essere tra 1 e 365 giorni",
                        "'fs' deve avere da 1 a 10 lettere maiuscole, cifre o -",
                        "'q!' deve avere da 1 a 10 lettere maiuscole, cifre o -"),
                refused.getErrors().stream()
                        .map(error -> error.problem().text(Locale.ITALIAN))
                        .toList());
    }

    @Test
    void onlyAWarrantyTypeConvertsAndIntoAMaintenanceType() {
        ContractType warranty = new ContractType("9", Fixtures.settings(true, null));
        ValidationException refused =
                assertThrows(ValidationException.class, () -> warranty.configureLifecycle(warranty, 400, 30));
        assertEquals(
                List.of(
                        "convertsTo type 9 is a warranty type; a warranty converts into a maintenance type",
                        "warningDays must be between 0 and 365"),
                refused.getErrors().stream()
                        .map(error -> FieldError.describe(List.of(error)))
                        .toList());
        assertEquals(
                "solo un tipo di garanzia si converte in un tipo di manutenzione",
                assertThrows(ValidationException.class, () -> type.configureLifecycle(type, null, 30))
                        .getErrors()
                        .get(0)
                        .problem()
                        .text(Locale.ITALIAN));
    }
}
