package com.assisto.domain.contracttype;

import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A contract type's name and the defaults its contracts start from.
 *
 * @param quotePrefix when set, quotes are numbered in their own series with this prefix and
 *                    take a contract number when confirmed; when empty, a quote keeps the
 *                    contract number it was given
 */
public record ContractTypeSettings(
        String name,
        int durationMonths,
        int billingMonths,
        int renewalMonths,
        boolean autoRenew,
        boolean warranty,
        int quoteValidityDays,
        String numberPrefix,
        String quotePrefix,
        ChargingRules charging) {

    private static final Pattern PREFIX_SHAPE = Pattern.compile("[A-Z0-9-]{1,10}");

    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (Text.trimToNull(name) == null) {
            errors.add(new FieldError("name", "value.required"));
        }
        ContractTerms.checkMonths(durationMonths, billingMonths, renewalMonths, errors);
        if (quoteValidityDays < 1 || quoteValidityDays > 365) {
            errors.add(new FieldError("quoteValidityDays", "contractType.quoteValidity"));
        }
        if (numberPrefix == null || !PREFIX_SHAPE.matcher(numberPrefix).matches()) {
            errors.add(new FieldError("numberPrefix", "contractType.badPrefix", numberPrefix));
        }
        if (Text.trimToNull(quotePrefix) != null
                && !PREFIX_SHAPE.matcher(quotePrefix).matches()) {
            errors.add(new FieldError("quotePrefix", "contractType.badPrefix", quotePrefix));
        }
        if (Text.trimToNull(quotePrefix) != null && quotePrefix.equals(numberPrefix)) {
            errors.add(new FieldError("quotePrefix", "contractType.samePrefixes"));
        }
        if (charging == null) {
            errors.add(new FieldError("charging", "value.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
