package com.assisto.domain.shared;

import jakarta.ejb.ApplicationException;

/** The caller is authenticated but may not see or change this record. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message problem;

    public AccessDeniedException(Message problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
