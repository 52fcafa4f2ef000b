package com.assisto.domain.shared;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object key) {
        super(entity + " " + key + " does not exist");
    }
}
