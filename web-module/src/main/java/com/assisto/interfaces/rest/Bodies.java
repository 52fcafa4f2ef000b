package com.assisto.interfaces.rest;

import com.assisto.domain.shared.ValidationException;

/** Checks shared by the resources. */
public final class Bodies {

    private Bodies() {}

    public static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        return body;
    }

    public static long version(Long version) {
        if (version == null) {
            throw new ValidationException(
                    "version", "is required: send the version you read, so that concurrent " + "edits are detected");
        }
        return version;
    }
}
