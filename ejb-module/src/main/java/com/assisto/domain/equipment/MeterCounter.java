package com.assisto.domain.equipment;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * A counter the devices of an equipment type have (B/W total, colour, operating hours …): meter
 * readings and consumption contracts name it by its key.
 */
@Embeddable
public class MeterCounter {

    private static final int MAX_LABEL = 120;
    private static final int MAX_UNIT = 20;

    @Column(name = "counter_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String label;

    private String unit;

    protected MeterCounter() {}

    /** A counter, with its problems added to the errors under {@code counters.<key>}. */
    static MeterCounter of(String key, String label, String unit, List<FieldError> errors) {
        MeterCounter counter = new MeterCounter();
        counter.key = Text.trimToNull(key);
        counter.label = Text.trimToNull(label);
        counter.unit = Text.trimToNull(unit);
        if (!CustomFieldDefinition.isKey(counter.key)) {
            errors.add(new FieldError("counters.key", "customField.badKey", key));
        }
        String path = "counters." + counter.key;
        if (counter.label == null) {
            errors.add(new FieldError(path + ".label", "value.required"));
        } else if (counter.label.length() > MAX_LABEL) {
            errors.add(new FieldError(path + ".label", "value.tooLong", MAX_LABEL));
        }
        if (counter.unit != null && counter.unit.length() > MAX_UNIT) {
            errors.add(new FieldError(path + ".unit", "value.tooLong", MAX_UNIT));
        }
        return counter;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    /** What it counts in (copies, hours, cycles), if said. */
    public String getUnit() {
        return unit;
    }
}
