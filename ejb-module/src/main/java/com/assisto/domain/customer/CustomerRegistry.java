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
            errors.add(new FieldError("code", "is required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError(
                    "code", "'" + code + "' is not a valid customer code (up to 20 letters, digits, . _ / -)"));
        }
        if (name == null) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("name", "is longer than 200 characters"));
        }
        if (vatNumber != null && !VatNumber.isValid(vatNumber)) {
            errors.add(new FieldError("vatNumber", "'" + vatNumber + "' is not a valid VAT number"));
        }
        if (taxCode != null && !TAX_CODE.matcher(taxCode).matches()) {
            errors.add(new FieldError("taxCode", "'" + taxCode + "' is not a valid tax code"));
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "'" + email + "' is not an e-mail address"));
        }
        if (pec != null && !EMAIL.matcher(pec).matches()) {
            errors.add(new FieldError("pec", "'" + pec + "' is not an e-mail address"));
        }
        if (sdiCode != null && !SDI.matcher(sdiCode).matches()) {
            errors.add(new FieldError(
                    "sdiCode", "'" + sdiCode + "' is not an SDI recipient code (6 or 7 letters and digits)"));
        }
        if (address != null
                && address.getProvince() != null
                && address.getProvince().length() > 5) {
            errors.add(new FieldError("province", "'" + address.getProvince() + "' is not a province code"));
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
