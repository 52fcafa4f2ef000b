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
            errors.add(new FieldError("name", "is required"));
        }
        ContractTerms.checkMonths(durationMonths, billingMonths, renewalMonths, errors);
        if (quoteValidityDays < 1 || quoteValidityDays > 365) {
            errors.add(new FieldError("quoteValidityDays", "must be between 1 and 365 days"));
        }
        if (numberPrefix == null || !PREFIX_SHAPE.matcher(numberPrefix).matches()) {
            errors.add(new FieldError(
                    "numberPrefix", "'" + numberPrefix + "' must be 1 to 10 capital letters, digits or -"));
        }
        if (Text.trimToNull(quotePrefix) != null
                && !PREFIX_SHAPE.matcher(quotePrefix).matches()) {
            errors.add(new FieldError(
                    "quotePrefix", "'" + quotePrefix + "' must be 1 to 10 capital letters, digits or -"));
        }
        if (Text.trimToNull(quotePrefix) != null && quotePrefix.equals(numberPrefix)) {
            errors.add(new FieldError("quotePrefix", "must differ from the contract number prefix"));
        }
        if (charging == null) {
            errors.add(new FieldError("charging", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
