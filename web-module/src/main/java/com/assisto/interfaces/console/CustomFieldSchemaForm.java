package com.assisto.interfaces.console;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A custom-field schema as an editable table, one row per field, for every owner of a schema
 * (contract types, equipment types). Rows are free text until saved; every invalid row is
 * reported at once rather than the first only. Besides its label, a row has the field's label in
 * Italian and in English, each left empty where the label reads well in that language.
 */
public class CustomFieldSchemaForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Row> rows = new ArrayList<>();

    /** One editable row of the schema. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private String key;
        private String label;
        private String labelIt;
        private String labelEn;
        private CustomFieldKind kind = CustomFieldKind.TEXT;
        private boolean required;
        private String options;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getLabelIt() {
            return labelIt;
        }

        public void setLabelIt(String labelIt) {
            this.labelIt = labelIt;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        /** The labels by language as the domain takes them; an empty one is no label. */
        Map<String, String> labels() {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("it", labelIt);
            labels.put("en", labelEn);
            return labels;
        }

        public CustomFieldKind getKind() {
            return kind;
        }

        public void setKind(CustomFieldKind kind) {
            this.kind = kind;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }
    }

    public CustomFieldSchemaForm() {}

    public CustomFieldSchemaForm(List<CustomFieldDefinition> stored) {
        for (CustomFieldDefinition definition : stored) {
            Row row = new Row();
            row.key = definition.getKey();
            row.label = definition.getLabel();
            row.labelIt = definition.labels().get("it");
            row.labelEn = definition.labels().get("en");
            row.kind = definition.getKind();
            row.required = definition.isRequired();
            row.options = definition.getOptions();
            rows.add(row);
        }
    }

    public void add() {
        rows.add(new Row());
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    /** The schema as the domain holds it; each row the domain refuses is named in one exception. */
    public List<CustomFieldDefinition> definitions() {
        List<CustomFieldDefinition> definitions = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Row row : rows) {
            try {
                definitions.add(new CustomFieldDefinition(
                        row.key, row.label, row.labels(), row.kind, row.required, row.options));
            } catch (ValidationException e) {
                errors.addAll(e.getErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return definitions;
    }

    public List<Row> getRows() {
        return rows;
    }

    public CustomFieldKind[] getKinds() {
        return CustomFieldKind.values();
    }
}
