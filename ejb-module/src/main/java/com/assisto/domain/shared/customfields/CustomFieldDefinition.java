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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One field of a custom-field schema (a contract type's or an equipment type's; see
 * {@link FieldSchema}). Choices list their options; tables list
 * their columns as {@code name:KIND} (TEXT, NUMBER or DATE), separated by semicolons.
 *
 * <p>A field has a label every reader sees, and may have its own label in each console language
 * ({@link #LABEL_LANGUAGES}), so an Italian back office and an English one each read the field in
 * their words ({@link #label(Locale)}). Keys, choices and table column names are the same for all.
 */
@Embeddable
public class CustomFieldDefinition {

    /** The languages a field may have its own label in: the console's. */
    public static final List<String> LABEL_LANGUAGES = List.of("en", "it");

    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");
    private static final int MAX_TEXT = 2000;
    /** The width of every label column (V2, V11). */
    private static final int MAX_LABEL = 120;

    @Column(name = "field_key", nullable = false)
    private String key;

    /** The default label: what every reader sees when there is none in their language. */
    @Column(nullable = false)
    private String label;

    /*
     * One nullable column per console language rather than a map or a nested embeddable: the schema
     * is itself an element collection, whose embeddable cannot own a collection of its own (JPA),
     * and a nested embeddable in an element collection buys nothing for two languages. Outside
     * this class the labels are a map by language (labels()), so a third console language is a
     * column and a case here, not a change of the API.
     */
    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "label_it")
    private String labelIt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomFieldKind kind;

    @Column(nullable = false)
    private boolean required;
    /** Choice options or table columns, semicolon-separated. */
    private String options;

    protected CustomFieldDefinition() {}

    /** A field with its default label only. */
    public CustomFieldDefinition(String key, String label, CustomFieldKind kind, boolean required, String options) {
        this(key, label, Map.of(), kind, required, options);
    }

    /**
     * @param labels the field's label by console language ({@code en}, {@code it}), each optional:
     *     a blank one is no label; another language is refused under {@code fields.<key>.labels.<language>}
     */
    public CustomFieldDefinition(
            String key,
            String label,
            Map<String, String> labels,
            CustomFieldKind kind,
            boolean required,
            String options) {
        List<FieldError> errors = new ArrayList<>();
        this.key = Text.trimToNull(key);
        if (this.key == null || !KEY_SHAPE.matcher(this.key).matches()) {
            errors.add(new FieldError("fields.key", "customField.badKey", key));
        }
        this.label = Text.trimToNull(label);
        if (this.label == null) {
            errors.add(new FieldError("fields." + key + ".label", "value.required"));
        } else if (this.label.length() > MAX_LABEL) {
            errors.add(new FieldError("fields." + key + ".label", "value.tooLong", MAX_LABEL));
        }
        setLabels(labels, errors);
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

    /** Whether the text is shaped as a key: a lower-case letter, then letters, digits or '_' (40 at most). */
    public static boolean isKey(String text) {
        return text != null && KEY_SHAPE.matcher(text).matches();
    }

    private void setLabels(Map<String, String> labels, List<FieldError> errors) {
        if (labels == null) {
            return;
        }
        for (Map.Entry<String, String> entry : labels.entrySet()) {
            String language =
                    entry.getKey() == null ? "" : entry.getKey().trim().toLowerCase(Locale.ROOT);
            String path = "fields." + key + ".labels." + language;
            String text = Text.trimToNull(entry.getValue());
            if (!LABEL_LANGUAGES.contains(language)) {
                errors.add(new FieldError(path, "customField.labelLanguage", LABEL_LANGUAGES));
            } else if (text != null && text.length() > MAX_LABEL) {
                errors.add(new FieldError(path, "value.tooLong", MAX_LABEL));
            } else if ("en".equals(language)) {
                labelEn = text;
            } else {
                // "it", the other of LABEL_LANGUAGES
                labelIt = text;
            }
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

    /** The default label, what a reader sees when the field has none in their language. */
    public String getLabel() {
        return label;
    }

    /** The label a reader of {@code reader}'s language sees: the field's own in it, or the default. */
    public String label(Locale reader) {
        String own = reader == null ? null : labels().get(reader.getLanguage());
        return own == null ? label : own;
    }

    /** The field's own labels by console language, only those it has ({@code en} before {@code it}). */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        if (labelEn != null) {
            labels.put("en", labelEn);
        }
        if (labelIt != null) {
            labels.put("it", labelIt);
        }
        return labels;
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
