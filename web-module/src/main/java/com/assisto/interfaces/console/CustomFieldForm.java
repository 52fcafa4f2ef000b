package com.assisto.interfaces.console;

import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A record's custom fields (a contract's, a piece of equipment's) as form inputs: one text per
 * field, and for a table field its rows, one text per cell, edited as a grid whose columns are
 * typed as the schema says. The domain checks the values. Fields are labelled in the page's language ({@link
 * CustomFieldDefinition#label(Locale)}), and so are the errors the domain reports under their paths.
 */
public class CustomFieldForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A table field's column as the grid shows it: its name and the input its kind takes. */
    public record Column(String name, CustomFieldKind kind) implements Serializable {

        /** The HTML input type: a tablet shows a number pad or a date picker for it. */
        public String inputType() {
            return switch (kind) {
                case NUMBER -> "number";
                case DATE -> "date";
                default -> "text";
            };
        }
    }

    private final transient List<CustomFieldDefinition> fields;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();

    public CustomFieldForm(List<CustomFieldDefinition> fields, Map<String, Object> stored) {
        this.fields = List.copyOf(fields);
        for (CustomFieldDefinition field : fields) {
            Object value = stored == null ? null : stored.get(field.getKey());
            if (field.getKind() == CustomFieldKind.TABLE) {
                rows.put(field.getKey(), tableRows(field, value));
            } else {
                values.put(field.getKey(), value == null ? null : value.toString());
            }
        }
    }

    private static List<Map<String, String>> tableRows(CustomFieldDefinition field, Object value) {
        List<Map<String, String>> table = new ArrayList<>();
        if (value instanceof List<?> stored) {
            for (Object row : stored) {
                Map<?, ?> cells = (Map<?, ?>) row;
                Map<String, String> texts = new LinkedHashMap<>();
                for (String column : field.columns().keySet()) {
                    Object cell = cells.get(column);
                    texts.put(column, cell == null ? null : cell.toString());
                }
                table.add(texts);
            }
        }
        return table;
    }

    /** The columns of a table field, in the schema's order. */
    public List<Column> columns(CustomFieldDefinition field) {
        return field.columns().entrySet().stream()
                .map(column -> new Column(column.getKey(), column.getValue()))
                .toList();
    }

    /** Adds an empty row at the end of a table field. */
    public void addRow(String key) {
        rows.get(key).add(new LinkedHashMap<>());
    }

    /** Removes a table field's row (counted from 0). */
    public void removeRow(String key, int index) {
        List<Map<String, String>> table = rows.get(key);
        if (index >= 0 && index < table.size()) {
            table.remove(index);
        }
    }

    /**
     * The name of each field's path ({@code customFields.<key>}) for a reader of {@code locale},
     * so that an error the domain reports under it names the field as the page labels it (see
     * {@link Faces#nameFields}).
     */
    public Map<String, String> fieldLabels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (CustomFieldDefinition field : fields) {
            labels.put("customFields." + field.getKey(), field.label(locale));
        }
        return labels;
    }

    /** The values as the domain takes them; blank cells and rows are left out. */
    public Map<String, Object> toValues() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (CustomFieldDefinition field : fields) {
            if (field.getKind() == CustomFieldKind.TABLE) {
                List<Map<String, Object>> filled = new ArrayList<>();
                for (Map<String, String> row : rows.get(field.getKey())) {
                    Map<String, Object> cells = new LinkedHashMap<>();
                    row.forEach((column, text) -> {
                        if (text != null && !text.isBlank()) {
                            cells.put(column, text.trim());
                        }
                    });
                    if (!cells.isEmpty()) {
                        filled.add(cells);
                    }
                }
                if (!filled.isEmpty()) {
                    result.put(field.getKey(), filled);
                }
                continue;
            }
            String text = values.get(field.getKey());
            if (text != null && !text.isBlank()) {
                result.put(field.getKey(), text.trim());
            }
        }
        return result;
    }

    public List<CustomFieldDefinition> getFields() {
        return fields;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, List<Map<String, String>>> getRows() {
        return rows;
    }
}
