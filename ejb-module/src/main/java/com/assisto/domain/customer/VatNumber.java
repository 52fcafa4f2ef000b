package com.assisto.domain.customer;

import java.util.regex.Pattern;

/**
 * VAT number check. Italian partite IVA (11 digits, optionally prefixed IT) are verified with
 * their check digit, which catches most typing errors; other EU numbers are checked for shape.
 */
public final class VatNumber {

    private static final Pattern ITALIAN = Pattern.compile("(IT)?[0-9]{11}");
    private static final Pattern FOREIGN = Pattern.compile("[A-Z]{2}[0-9A-Z+*]{2,13}");

    private VatNumber() {}

    public static boolean isValid(String vatNumber) {
        if (vatNumber == null) {
            return false;
        }
        if (ITALIAN.matcher(vatNumber).matches()) {
            return italianCheckDigitMatches(vatNumber.substring(vatNumber.length() - 11));
        }
        return !vatNumber.startsWith("IT") && FOREIGN.matcher(vatNumber).matches();
    }

    private static boolean italianCheckDigitMatches(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                sum += digit;
            } else {
                int doubled = digit * 2;
                sum += doubled > 9 ? doubled - 9 : doubled;
            }
        }
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(10) - '0';
    }

    /** Completes ten digits with their check digit: used by the demo-data generator. */
    public static String italianWithCheckDigit(String tenDigits) {
        for (int check = 0; check <= 9; check++) {
            String candidate = tenDigits + check;
            if (italianCheckDigitMatches(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit for " + tenDigits);
    }
}
