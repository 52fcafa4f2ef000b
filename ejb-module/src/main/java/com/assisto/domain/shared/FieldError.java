package com.assisto.domain.shared;

/** One invalid value: which field and what is wrong with it, in words a user can act on. */
public record FieldError(String field, String message) {
}
