package com.assisto.domain.equipment;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.SharedCache;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.FieldSchema;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/**
 * A kind of equipment the company services (copier, split air conditioner, inverter, lift …),
 * defined by the users: the custom-field schema every equipment of the type is validated against
 * (the same engine as contract types', {@link FieldSchema}) and the meter counters its devices have.
 */
@Entity
@Cacheable
@Cache(coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS, expiry = SharedCache.EXPIRY_MILLIS)
@Table(name = "equipment_type")
public class EquipmentType extends VersionedEntity {

    private static final Pattern CODE_SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");
    private static final int MAX_NAME = 120;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "equipment_type_field", joinColumns = @JoinColumn(name = "equipment_type_id"))
    @OrderColumn(name = "position")
    private List<CustomFieldDefinition> fields = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "equipment_type_counter", joinColumns = @JoinColumn(name = "equipment_type_id"))
    @OrderColumn(name = "position")
    private List<MeterCounter> counters = new ArrayList<>();

    protected EquipmentType() {}

    /** A type with its code (upper-case letters, digits, '-' and '_', up to 20) and name. */
    public EquipmentType(String code, String name) {
        String trimmed = Text.trimToNull(code);
        if (trimmed == null || !CODE_SHAPE.matcher(trimmed).matches()) {
            throw new ValidationException("code", "equipmentType.badCode", code);
        }
        this.code = trimmed;
        rename(name);
    }

    public final void rename(String newName) {
        String trimmed = Text.trimToNull(newName);
        if (trimmed == null) {
            throw new ValidationException("name", "value.required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new ValidationException("name", "value.tooLong", MAX_NAME);
        }
        this.name = trimmed;
    }

    public void defineFields(List<CustomFieldDefinition> newFields) {
        FieldSchema.checkDistinctKeys(newFields);
        fields.clear();
        fields.addAll(newFields);
    }

    /** The counter definitions as entered: key, label, unit each. */
    public record CounterInput(String key, String label, String unit) {}

    /** Sets the meter counters, refusing every bad one and a key given twice at once. */
    public void defineCounters(List<CounterInput> newCounters) {
        List<FieldError> errors = new ArrayList<>();
        List<MeterCounter> defined = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CounterInput input : newCounters) {
            MeterCounter counter = MeterCounter.of(input.key(), input.label(), input.unit(), errors);
            if (counter.getKey() != null && !keys.add(counter.getKey())) {
                errors.add(new FieldError("counters." + counter.getKey(), "customField.definedTwice"));
            }
            defined.add(counter);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        counters.clear();
        counters.addAll(defined);
    }

    /** Checks an equipment's custom-field values against the type's schema (see {@link FieldSchema#validate}). */
    public Map<String, Object> validateCustomFields(Map<String, ?> values) {
        return new FieldSchema(fields, Message.of("equipmentType.schemaOwner", code, name)).validate(values);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<CustomFieldDefinition> getFields() {
        return Collections.unmodifiableList(fields);
    }

    public List<MeterCounter> getCounters() {
        return Collections.unmodifiableList(counters);
    }
}
