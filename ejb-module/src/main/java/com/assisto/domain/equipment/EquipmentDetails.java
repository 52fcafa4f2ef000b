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

    private static final int MAX_SERIAL = 60;

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
            errors.add(new FieldError("description", "value.required"));
        }
        if (serialNumber != null && serialNumber.length() > MAX_SERIAL) {
            errors.add(new FieldError("serialNumber", "value.tooLong", MAX_SERIAL));
        }
        if (saleDate != null && warrantyEnd != null && warrantyEnd.isBefore(saleDate)) {
            errors.add(new FieldError("warrantyEnd", "equipment.warrantyBeforeSale", warrantyEnd, saleDate));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
