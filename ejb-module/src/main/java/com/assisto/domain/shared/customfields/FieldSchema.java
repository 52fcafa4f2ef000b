package com.assisto.domain.shared.customfields;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema of custom fields, whoever defines it (a contract type, an equipment type): checks a
 * record's values against the fields and gives them back in their stored form.
 */
public final class FieldSchema {

    private final List<CustomFieldDefinition> fields;
    private final Message owner;

    /**
     * @param owner what defines the schema, in words, for the error naming a field it does not
     *     have (e.g. {@code contract type FS (Full service)})
     */
    public FieldSchema(List<CustomFieldDefinition> fields, Message owner) {
        this.fields = List.copyOf(fields);
        this.owner = owner;
    }

    /** Refuses a schema that defines a key twice, naming the key. */
    public static void checkDistinctKeys(List<CustomFieldDefinition> fields) {
        Set<String> keys = new HashSet<>();
        for (CustomFieldDefinition field : fields) {
            if (!keys.add(field.getKey())) {
                throw new ValidationException("fields." + field.getKey(), "customField.definedTwice");
            }
        }
    }

    /**
     * The values in their stored form, empty ones left out. Every problem is reported at once,
     * each under {@code customFields.<key>} (and {@code [row].<column>} inside tables): a key
     * the schema does not have, a required field left empty, a value of the wrong kind.
     */
    public Map<String, Object> validate(Map<String, ?> values) {
        Map<String, ?> given = values == null ? Map.of() : values;
        List<FieldError> errors = new ArrayList<>();
        for (String key : given.keySet()) {
            if (fields.stream().noneMatch(field -> field.getKey().equals(key))) {
                errors.add(new FieldError("customFields." + key, "customField.unknown", owner));
            }
        }
        Map<String, Object> normalized = new LinkedHashMap<>();
        for (CustomFieldDefinition field : fields) {
            Object value = field.normalize(given.get(field.getKey()), "customFields." + field.getKey(), errors);
            if (value != null) {
                normalized.put(field.getKey(), value);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return normalized;
    }
}
