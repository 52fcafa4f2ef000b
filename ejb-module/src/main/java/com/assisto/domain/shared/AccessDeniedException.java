package com.assisto.domain.shared;

import jakarta.ejb.ApplicationException;

/** The caller is authenticated but may not see or change this record. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
