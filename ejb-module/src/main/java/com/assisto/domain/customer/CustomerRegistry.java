package com.assisto.domain.customer;

import com.assisto.domain.shared.Address;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A customer's registry data as the ERP sends it (one row of customers.csv) or a user types it.
 * Values are normalised on construction; {@link #errors()} says what is wrong, field by field.
 */
public record CustomerRegistry(
        String code,
        String name,
        String vatNumber,
        String taxCode,
        String legalRepresentative,
        Address address,
        String email,
        String pec,
        String sdiCode,
        String paymentTerms) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TAX_CODE = Pattern.compile(
            "[A-Z0-9]{11}|[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    private static final Pattern SDI = Pattern.compile("[A-Z0-9]{6,7}");
    private static final int MAX_NAME = 200;

    public CustomerRegistry {
        code = Text.trimToNull(code);
        name = Text.trimToNull(name);
        vatNumber = upper(vatNumber);
        taxCode = upper(taxCode);
        legalRepresentative = Text.trimToNull(legalRepresentative);
        email = lower(email);
        pec = lower(pec);
        sdiCode = upper(sdiCode);
        paymentTerms = Text.trimToNull(paymentTerms);
    }

    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (code == null) {
            errors.add(new FieldError("code", "value.required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "customer.badCode", code));
        }
        if (name == null) {
            errors.add(new FieldError("name", "value.required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "value.tooLong", MAX_NAME));
        }
        if (vatNumber != null && !VatNumber.isValid(vatNumber)) {
            errors.add(new FieldError("vatNumber", "customer.badVatNumber", vatNumber));
        }
        if (taxCode != null && !TAX_CODE.matcher(taxCode).matches()) {
            errors.add(new FieldError("taxCode", "customer.badTaxCode", taxCode));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "value.notEmail", email));
        }
        if (pec != null && !EMAIL.matcher(pec).matches()) {
            errors.add(new FieldError("pec", "value.notEmail", pec));
        }
        if (sdiCode != null && !SDI.matcher(sdiCode).matches()) {
            errors.add(new FieldError("sdiCode", "customer.badSdiCode", sdiCode));
        }
        if (address != null
                && address.getProvince() != null
                && address.getProvince().length() > 5) {
            errors.add(new FieldError("province", "customer.badProvince", address.getProvince()));
        }
        return errors;
    }

    public void validate() {
        List<FieldError> errors = errors();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String upper(String value) {
        String trimmed = Text.trimToNull(value);
        return trimmed == null ? null : trimmed.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String lower(String value) {
        String trimmed = Text.trimToNull(value);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }
}
