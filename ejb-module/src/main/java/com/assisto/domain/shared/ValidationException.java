package com.assisto.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A business rule refused the input; every offending field is named. */
@ApplicationException(rollback = true)
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(FieldError.describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** One invalid field; the problem is the domain bundle's {@code key} with its arguments. */
    public ValidationException(String field, String key, Object... arguments) {
        this(List.of(new FieldError(field, key, arguments)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
