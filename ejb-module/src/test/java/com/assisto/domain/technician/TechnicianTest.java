package com.assisto.domain.technician;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TechnicianTest {

    @Test
    void skillsAreNormalisedAndMarginIsSellRateLessCost() {
        Technician technician = new Technician(
                "T01",
                new TechnicianProfile(
                        "Marco Ferri",
                        new BigDecimal("28"),
                        new BigDecimal("45.5"),
                        "VAN1",
                        "tech1",
                        List.of(" HVAC ", "hvac", "F-Gas  Certified")));
        assertEquals(List.of("f-gas certified", "hvac"), technician.getSkills());
        assertTrue(technician.hasSkill("Hvac"));
        assertEquals(new BigDecimal("17.50"), technician.hourlyMargin());
    }

    @Test
    void ratesAreRequired() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> new Technician(
                        "T02", new TechnicianProfile("No Rates", null, new BigDecimal("-1"), null, null, null)));
        assertEquals(
                "hourlyCost is required and cannot be negative; hourlySellRate is required and cannot be negative",
                refused.getMessage());
        assertEquals(
                "è obbligatorio e non può essere negativo",
                refused.getErrors().get(0).problem().text(Locale.ITALIAN));
    }
}
