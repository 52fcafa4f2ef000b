package com.assisto.interfaces.rest;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One custom field of a schema (a contract type's, an equipment type's): key, label, its labels by
 * console language (optional), kind (TEXT, NUMBER, DATE, CHOICE, TABLE), choices or table columns.
 * On an update, a field sent without {@code labels} keeps those it had (a client that knows only
 * {@code label} does not erase what the back office wrote); {@code {}} removes them.
 */
public record FieldDto(
        String key,
        String label,

        @Schema(
                description = "The field's label for a reader of each console language, en and it, both"
                        + " optional; where one is missing the reader sees label. Another language is"
                        + " refused under fields.<key>.labels.<language>.",
                example = "{\"it\": \"Tempo di intervento (ore)\", \"en\": \"Response time (hours)\"}")
        Map<String, String> labels,

        String kind,
        boolean required,
        String options) {

    FieldDto withLabels(Map<String, String> kept) {
        return new FieldDto(key, label, kept, kind, required, options);
    }

    public static FieldDto of(CustomFieldDefinition field) {
        return new FieldDto(
                field.getKey(),
                field.getLabel(),
                field.labels(),
                field.getKind().name(),
                field.isRequired(),
                field.getOptions());
    }

    public static List<FieldDto> of(List<CustomFieldDefinition> fields) {
        return fields.stream().map(FieldDto::of).toList();
    }

    /** The fields sent, each without {@code labels} given those of the stored field of its key. */
    public static List<FieldDto> keepingLabels(List<FieldDto> sent, List<CustomFieldDefinition> stored) {
        if (sent == null) {
            return null;
        }
        return sent.stream()
                .map(field -> field == null || field.labels() != null
                        ? field
                        : stored.stream()
                                .filter(had -> had.getKey().equals(field.key()))
                                .findFirst()
                                .map(had -> field.withLabels(had.labels()))
                                .orElse(field))
                .toList();
    }

    /** The definitions the fields describe; every bad one is refused at once, under {@code fields.<key>…}. */
    public static List<CustomFieldDefinition> definitions(List<FieldDto> input) {
        List<CustomFieldDefinition> fields = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (input != null) {
            for (FieldDto field : input) {
                try {
                    fields.add(new CustomFieldDefinition(
                            field.key(),
                            field.label(),
                            field.labels(),
                            Params.enumValue("fields." + field.key() + ".kind", field.kind(), CustomFieldKind.class),
                            field.required(),
                            field.options()));
                } catch (ValidationException e) {
                    errors.addAll(e.getErrors());
                } catch (ProblemMappers.BadRequestParameter e) {
                    errors.add(new FieldError("fields." + field.key() + ".kind", "rest.fieldKind", field.kind()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return fields;
    }
}
