package com.assisto.domain.contracttype;

import com.assisto.domain.shared.DateRange;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The commercial terms of a contract: when it starts, how long it runs, how often it renews and
 * is billed. Billing and renewal periods must fit a whole number of times into the term, so
 * every instalment covers the same number of months.
 */
public record ContractTerms(
        String typologyCode,
        LocalDate startDate,
        int durationMonths,
        int renewalMonths,
        int billingMonths,
        String paymentTerms,
        boolean autoRenew) {

    public static final int MAX_MONTHS = 120;

    public ContractTerms {
        typologyCode = Text.trimToNull(typologyCode);
        paymentTerms = Text.trimToNull(paymentTerms);
    }

    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (startDate == null) {
            errors.add(new FieldError("startDate", "value.required"));
        }
        checkMonths(durationMonths, billingMonths, renewalMonths, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static void checkMonths(int durationMonths, int billingMonths, int renewalMonths, List<FieldError> errors) {
        if (durationMonths < 1 || durationMonths > MAX_MONTHS) {
            errors.add(new FieldError("durationMonths", "contract.monthsBetween", MAX_MONTHS));
            return;
        }
        if (billingMonths < 1 || durationMonths % billingMonths != 0) {
            errors.add(new FieldError("billingMonths", "contract.billingDividesDuration", durationMonths));
        }
        if (renewalMonths < 1 || renewalMonths > MAX_MONTHS) {
            errors.add(new FieldError("renewalMonths", "contract.monthsBetween", MAX_MONTHS));
        }
    }

    /** The term: from the start date for the contract's months, last day included. */
    public DateRange term() {
        return DateRange.ofMonths(startDate, durationMonths);
    }

    public int instalmentCount() {
        return durationMonths / billingMonths;
    }
}
