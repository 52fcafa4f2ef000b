package com.assisto.domain.equipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EquipmentDetailsTest {

    @Test
    void everyInvalidDetailIsNamedInTheReadersLanguage() {
        EquipmentDetails details = new EquipmentDetails(
                "S".repeat(61), " ", null, null, null, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9), true, null);

        ValidationException refused = assertThrows(ValidationException.class, details::validate);

        assertEquals(
                List.of("description", "serialNumber", "warrantyEnd"),
                refused.getErrors().stream().map(FieldError::field).toList());
        assertEquals(
                "ends on 2026-03-09, before the sale date 2026-03-10",
                refused.getErrors().get(2).message());
        assertEquals(
                List.of(
                        "è obbligatorio",
                        "supera 60 caratteri",
                        "termina il 09/03/2026, prima della data di vendita 10/03/2026"),
                refused.getErrors().stream()
                        .map(error -> error.problem().text(Locale.ITALIAN))
                        .toList());
    }
}
