package com.assisto.domain.technician;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
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
        assertThrows(
                ValidationException.class,
                () -> new Technician(
                        "T02", new TechnicianProfile("No Rates", null, new BigDecimal("-1"), null, null, null)));
    }
}
