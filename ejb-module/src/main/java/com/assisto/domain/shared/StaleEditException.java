package com.assisto.domain.shared;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record since the caller read it. */
@ApplicationException(rollback = true)
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleEditException(String entity, Object id, long expected, long actual) {
        super(entity + " " + id + " was changed by someone else (you edited version " + expected
                + ", it is now at version " + actual + "): reload it and apply your change again");
    }
}
