package com.assisto.domain.shared;

/** One invalid value: which field and what is wrong with it, in words a user can act on. */
public record FieldError(String field, String message) {

    /** The errors as one sentence: "name is required; email 'x' is not an e-mail address". */
    public static String describe(java.util.List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(error.field()).append(' ').append(error.message());
        }
        return text.toString();
    }
}
