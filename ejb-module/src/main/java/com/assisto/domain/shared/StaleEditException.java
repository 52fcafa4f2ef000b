package com.assisto.domain.shared;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record since the caller read it. */
@ApplicationException(rollback = true)
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message problem;

    public StaleEditException(String entity, Object id, long expected, long actual) {
        this(Message.of("stale", Message.of("entity." + entity), String.valueOf(id), expected, actual));
    }

    private StaleEditException(Message problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
