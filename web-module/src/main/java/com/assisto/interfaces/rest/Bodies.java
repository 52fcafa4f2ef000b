package com.assisto.interfaces.rest;

import com.assisto.domain.shared.ValidationException;

/** Checks shared by the resources. */
public final class Bodies {

    private Bodies() {}

    public static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "rest.bodyRequired");
        }
        return body;
    }

    public static long version(Long version) {
        if (version == null) {
            throw new ValidationException("version", "rest.versionRequired");
        }
        return version;
    }
}
