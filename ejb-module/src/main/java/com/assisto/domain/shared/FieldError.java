package com.assisto.domain.shared;

import java.util.List;
import java.util.Locale;

/** One invalid value: which field and what is wrong with it, in words a user can act on. */
public record FieldError(String field, Message problem) {

    /** The problem is the domain bundle's {@code key} with its arguments, e.g. ("code", "value.required"). */
    public FieldError(String field, String key, Object... arguments) {
        this(field, Message.of(key, arguments));
    }

    /** The problem in English, as the REST API and the logs read it. */
    public String message() {
        return problem.text(Locale.ENGLISH);
    }

    /** The errors as one sentence: "name is required; email 'x' is not an e-mail address". */
    public static String describe(List<FieldError> errors) {
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
