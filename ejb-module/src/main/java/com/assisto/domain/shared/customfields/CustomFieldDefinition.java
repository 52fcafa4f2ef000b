package com.assisto.domain.shared.customfields;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One field of a custom-field schema (a contract type's; an equipment type's later; see
 * {@link FieldSchema}). Choices list their options; tables list
 * their columns as {@code name:KIND} (TEXT, NUMBER or DATE), separated by semicolons.
 */
@Embeddable
public class CustomFieldDefinition {

    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");
    private static final int MAX_TEXT = 2000;

    @Column(name = "field_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomFieldKind kind;

    @Column(nullable = false)
    private boolean required;
    /** Choice options or table columns, semicolon-separated. */
    private String options;

    protected CustomFieldDefinition() {}

    public CustomFieldDefinition(String key, String label, CustomFieldKind kind, boolean required, String options) {
        List<FieldError> errors = new ArrayList<>();
        this.key = Text.trimToNull(key);
        if (this.key == null || !KEY_SHAPE.matcher(this.key).matches()) {
            errors.add(new FieldError("fields.key", "customField.badKey", key));
        }
        this.label = Text.trimToNull(label);
        if (this.label == null) {
            errors.add(new FieldError("fields." + key + ".label", "value.required"));
        }
        if (kind == null) {
            errors.add(new FieldError("fields." + key + ".kind", "value.required"));
        }
        this.kind = kind;
        this.required = required;
        this.options = Text.trimToNull(options);
        if (kind == CustomFieldKind.CHOICE && choices().isEmpty()) {
            errors.add(new FieldError("fields." + key + ".options", "customField.noChoices"));
        }
        if (kind == CustomFieldKind.TABLE) {
            checkColumns(errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void checkColumns(List<FieldError> errors) {
        if (options == null) {
            errors.add(new FieldError("fields." + key + ".options", "customField.noColumns"));
            return;
        }
        for (String column : options.split(";")) {
            String[] parts = column.trim().split(":");
            boolean valid = parts.length == 2
                    && KEY_SHAPE.matcher(parts[0].trim()).matches()
                    && Arrays.asList("TEXT", "NUMBER", "DATE").contains(parts[1].trim());
            if (!valid) {
                errors.add(new FieldError("fields." + key + ".options", "customField.badColumn", column.trim()));
            }
        }
    }

    /** The options of a choice field. */
    public List<String> choices() {
        if (kind != CustomFieldKind.CHOICE || options == null) {
            return List.of();
        }
        return Arrays.stream(options.split(";"))
                .map(String::trim)
                .filter(option -> !option.isEmpty())
                .toList();
    }

    /** The columns of a table field, in order, with their kinds. */
    public Map<String, CustomFieldKind> columns() {
        Map<String, CustomFieldKind> columns = new LinkedHashMap<>();
        if (kind == CustomFieldKind.TABLE && options != null) {
            for (String column : options.split(";")) {
                String[] parts = column.trim().split(":");
                columns.put(parts[0].trim(), CustomFieldKind.valueOf(parts[1].trim()));
            }
        }
        return columns;
    }

    /**
     * The value in its stored form (text, number, ISO date text, or list of rows), or null when
     * empty; problems are added to the errors under the field's path.
     */
    public Object normalize(Object raw, String path, List<FieldError> errors) {
        if (kind == CustomFieldKind.TABLE) {
            return normalizeTable(raw, path, errors);
        }
        Object value = normalizeScalar(kind, raw, path, errors);
        if (value == null
                && required
                && !errors.stream().anyMatch(error -> error.field().equals(path))) {
            errors.add(new FieldError(path, "value.required"));
        }
        return value;
    }

    private Object normalizeTable(Object raw, String path, List<FieldError> errors) {
        if (raw == null || raw instanceof List<?> list && list.isEmpty()) {
            if (required) {
                errors.add(new FieldError(path, "customField.noRows"));
            }
            return null;
        }
        if (!(raw instanceof List<?> rows)) {
            errors.add(new FieldError(path, "customField.notRows"));
            return null;
        }
        Map<String, CustomFieldKind> columns = columns();
        List<Map<String, Object>> normalized = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            String rowPath = path + "[" + (index + 1) + "]";
            if (!(rows.get(index) instanceof Map<?, ?> row)) {
                errors.add(new FieldError(
                        rowPath, "customField.notRow", columns.keySet().toString()));
                continue;
            }
            Map<String, Object> cleanRow = new LinkedHashMap<>();
            for (Object column : row.keySet()) {
                if (!columns.containsKey(String.valueOf(column))) {
                    errors.add(new FieldError(
                            rowPath + "." + column,
                            "customField.notColumn",
                            label,
                            columns.keySet().toString()));
                }
            }
            columns.forEach((column, columnKind) -> {
                Object cell = normalizeScalar(columnKind, row.get(column), rowPath + "." + column, errors);
                if (cell != null) {
                    cleanRow.put(column, cell);
                }
            });
            normalized.add(cleanRow);
        }
        return normalized;
    }

    private Object normalizeScalar(CustomFieldKind valueKind, Object raw, String path, List<FieldError> errors) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        if (raw instanceof Map || raw instanceof List) {
            errors.add(new FieldError(path, "customField.notSingle"));
            return null;
        }
        String text = raw.toString().trim();
        switch (valueKind) {
            case NUMBER:
                try {
                    return raw instanceof BigDecimal number ? number : new BigDecimal(text);
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(path, "value.notNumber", text));
                    return null;
                }
            case DATE:
                try {
                    return LocalDate.parse(text).toString();
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(path, "value.notDate", text));
                    return null;
                }
            case CHOICE:
                if (!choices().contains(text)) {
                    errors.add(new FieldError(
                            path, "customField.notChoice", text, choices().toString()));
                    return null;
                }
                return text;
            default:
                if (text.length() > MAX_TEXT) {
                    errors.add(new FieldError(path, "value.tooLong", MAX_TEXT));
                    return null;
                }
                return text;
        }
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public CustomFieldKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public String getOptions() {
        return options;
    }
}
