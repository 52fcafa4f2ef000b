package com.assisto.domain.item;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The editable description, price and warranty terms of an item. */
public record ItemTerms(
        String description,
        String unit,
        BigDecimal unitPrice,
        int warrantyMonths,
        String warrantyUrgency,
        boolean autoRenew,
        int warningDays,
        boolean warrantyConvertible,
        boolean serialTracked) {

    public ItemTerms {
        description = Text.trimToNull(description);
        unit = Text.trimToNull(unit);
        warrantyUrgency = Text.trimToNull(warrantyUrgency);
    }

    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (description == null) {
            errors.add(new FieldError("description", "value.required"));
        }
        if (unitPrice == null) {
            errors.add(new FieldError("unitPrice", "value.required"));
        } else if (unitPrice.signum() < 0) {
            errors.add(new FieldError("unitPrice", "value.negative"));
        }
        if (warrantyMonths < 0 || warrantyMonths > 240) {
            errors.add(new FieldError("warrantyMonths", "value.between", 0, 240));
        }
        if (warningDays < 0 || warningDays > 365) {
            errors.add(new FieldError("warningDays", "value.between", 0, 365));
        }
        if (warrantyConvertible && warrantyMonths == 0) {
            errors.add(new FieldError("warrantyConvertible", "item.noWarrantyToConvert"));
        }
        return errors;
    }
}
