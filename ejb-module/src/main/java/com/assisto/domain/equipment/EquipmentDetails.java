package com.assisto.domain.equipment;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What is recorded about a piece of equipment, as entered or imported. */
public record EquipmentDetails(
        String serialNumber,
        String description,
        String manufacturer,
        String manufacturerSerial,
        String locationDetail,
        LocalDate saleDate,
        LocalDate warrantyEnd,
        boolean soldByUs,
        EquipmentStatus status) {

    public EquipmentDetails {
        serialNumber = Text.trimToNull(serialNumber);
        description = Text.trimToNull(description);
        manufacturer = Text.trimToNull(manufacturer);
        manufacturerSerial = Text.trimToNull(manufacturerSerial);
        locationDetail = Text.trimToNull(locationDetail);
        status = status == null ? EquipmentStatus.IN_SERVICE : status;
    }

    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (description == null) {
            errors.add(new FieldError("description", "is required"));
        }
        if (serialNumber != null && serialNumber.length() > 60) {
            errors.add(new FieldError("serialNumber", "is longer than 60 characters"));
        }
        if (saleDate != null && warrantyEnd != null && warrantyEnd.isBefore(saleDate)) {
            errors.add(new FieldError("warrantyEnd", "ends on " + warrantyEnd + ", before the sale date " + saleDate));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
