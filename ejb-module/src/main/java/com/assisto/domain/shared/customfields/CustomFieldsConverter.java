package com.assisto.domain.shared.customfields;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a contract's custom-field values as one JSON object: their shape is the contract
 * type's to define, so they cannot be columns. Values are text, numbers and lists of rows.
 */
@Converter
public class CustomFieldsConverter implements AttributeConverter<Map<String, Object>, String> {

    /** One provider for every call: {@code Json.create…} looks the provider up anew each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(Map<String, Object> values) {
        return values == null || values.isEmpty() ? null : toJson(values).toString();
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        }
    }

    private static JsonObject toJson(Map<String, ?> values) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value instanceof BigDecimal number) {
                object.add(key, number);
            } else if (value instanceof List<?> rows) {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                for (Object row : rows) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> cells = (Map<String, ?>) row;
                    array.add(toJson(cells));
                }
                object.add(key, array);
            } else if (value != null) {
                object.add(key, value.toString());
            }
        });
        return object.build();
    }

    private static Map<String, Object> fromJson(JsonObject object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.forEach((key, value) -> values.put(key, fromJson(value)));
        return values;
    }

    private static Object fromJson(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case STRING -> ((JsonString) value).getString();
            case OBJECT -> fromJson((JsonObject) value);
            case ARRAY -> {
                List<Object> rows = new ArrayList<>();
                for (JsonValue row : (JsonArray) value) {
                    rows.add(fromJson(row));
                }
                yield rows;
            }
            default -> null;
        };
    }
}
