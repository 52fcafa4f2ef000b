package com.assisto.interfaces.console;

import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract's custom fields as form inputs: one text per field. Table fields are typed one row
 * per line, cells separated by semicolons in the order of the columns; the domain checks the values.
 */
public class CustomFieldForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient List<CustomFieldDefinition> fields;
    private final Map<String, String> values = new LinkedHashMap<>();

    public CustomFieldForm(List<CustomFieldDefinition> fields, Map<String, Object> stored) {
        this.fields = List.copyOf(fields);
        for (CustomFieldDefinition field : fields) {
            Object value = stored == null ? null : stored.get(field.getKey());
            values.put(
                    field.getKey(),
                    field.getKind() == CustomFieldKind.TABLE
                            ? tableText(field, value)
                            : value == null ? null : value.toString());
        }
    }

    private static String tableText(CustomFieldDefinition field, Object value) {
        if (!(value instanceof List<?> rows)) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Object row : rows) {
            Map<?, ?> cells = (Map<?, ?>) row;
            lines.add(String.join(
                    "; ",
                    field.columns().keySet().stream()
                            .map(column -> cells.get(column) == null
                                    ? ""
                                    : cells.get(column).toString())
                            .toList()));
        }
        return String.join("\n", lines);
    }

    /** The values as the domain takes them. */
    public Map<String, Object> toValues() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (CustomFieldDefinition field : fields) {
            String text = values.get(field.getKey());
            if (text == null || text.isBlank()) {
                continue;
            }
            if (field.getKind() != CustomFieldKind.TABLE) {
                result.put(field.getKey(), text.trim());
                continue;
            }
            List<String> columns = new ArrayList<>(field.columns().keySet());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells =
                        Arrays.stream(line.split(";", -1)).map(String::trim).toList();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int index = 0; index < columns.size() && index < cells.size(); index++) {
                    row.put(columns.get(index), cells.get(index));
                }
                rows.add(row);
            }
            result.put(field.getKey(), rows);
        }
        return result;
    }

    public List<CustomFieldDefinition> getFields() {
        return fields;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
