package com.assisto.domain.technician;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The editable data of a technician; skills are kept in lower case so that searches match. */
public record TechnicianProfile(
        String name,
        BigDecimal hourlyCost,
        BigDecimal hourlySellRate,
        String homeWarehouse,
        String username,
        Collection<String> skills) {

    public TechnicianProfile {
        name = Text.trimToNull(name);
        homeWarehouse = Text.trimToNull(homeWarehouse);
        username = Text.trimToNull(username);
        TreeSet<String> normalised = new TreeSet<>();
        if (skills != null) {
            skills.stream().map(Text::searchKey).filter(Objects::nonNull).forEach(normalised::add);
        }
        skills = List.copyOf(normalised);
    }

    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null) {
            errors.add(new FieldError("name", "value.required"));
        }
        if (hourlyCost == null || hourlyCost.signum() < 0) {
            errors.add(new FieldError("hourlyCost", "value.requiredNotNegative"));
        }
        if (hourlySellRate == null || hourlySellRate.signum() < 0) {
            errors.add(new FieldError("hourlySellRate", "value.requiredNotNegative"));
        }
        return errors;
    }
}
