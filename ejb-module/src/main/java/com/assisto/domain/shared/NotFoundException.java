package com.assisto.domain.shared;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message problem;

    /** {@code entity} is the record's class name, e.g. "Contract": the bundle names it as {@code entity.Contract}. */
    public NotFoundException(String entity, Object key) {
        this(Message.of("notFound", Message.of("entity." + entity), String.valueOf(key)));
    }

    public NotFoundException(Message problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
