package com.assisto.domain.shared.customfields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldsConverterTest {

    @Test
    void customFieldValuesSurviveTheTripThroughTheDatabaseColumn() {
        CustomFieldsConverter converter = new CustomFieldsConverter();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("responseHours", new BigDecimal("8.5"));
        values.put("signedOn", "2026-01-15");
        values.put("visits", List.of(Map.of("month", new BigDecimal("3"), "task", "Cleaning")));
        String json = converter.convertToDatabaseColumn(values);
        assertEquals(
                "{\"responseHours\":8.5,\"signedOn\":\"2026-01-15\",\"visits\":[{\"month\":3,\"task\":\"Cleaning\"}]}",
                json.replace("{\"task\":\"Cleaning\",\"month\":3}", "{\"month\":3,\"task\":\"Cleaning\"}"));
        assertEquals(values, converter.convertToEntityAttribute(json));
        assertEquals(Map.of(), converter.convertToEntityAttribute(null));
    }
}
