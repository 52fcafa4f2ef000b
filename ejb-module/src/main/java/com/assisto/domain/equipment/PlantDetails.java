package com.assisto.domain.equipment;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What is recorded about a plant (impianto), as entered or imported. */
public record PlantDetails(
        String name, String description, String locationDetail, LocalDate commissionedOn, EquipmentStatus status) {

    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 2000;

    public PlantDetails {
        name = Text.trimToNull(name);
        description = Text.trimToNull(description);
        locationDetail = Text.trimToNull(locationDetail);
        status = status == null ? EquipmentStatus.IN_SERVICE : status;
    }

    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null) {
            errors.add(new FieldError("name", "value.required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "value.tooLong", MAX_NAME));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "value.tooLong", MAX_DESCRIPTION));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
