package com.assisto.infrastructure.persistence;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WHERE clause of a query built from optional filters, and its parameters. No {@code 1 = 1}
 * to start from: on H2 EclipseLink stops binding a statement that compares two constants, and
 * then writes booleans as 1 and 0, which H2 2 refuses to compare with a BOOLEAN column.
 */
public final class JpqlConditions {

    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition that needs no parameter. */
    public JpqlConditions and(String condition) {
        clause.append(clause.isEmpty() ? " WHERE " : " AND ").append(condition);
        return this;
    }

    /** Adds a condition and the value of the one parameter it names. */
    public JpqlConditions and(String condition, String parameter, Object value) {
        return and(condition).with(parameter, value);
    }

    /** Gives the value of another parameter the conditions name. */
    public JpqlConditions with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** The clause, with its leading {@code WHERE}; empty without conditions. */
    public String where() {
        return clause.toString();
    }

    /** Binds the parameters of the conditions to a query made of {@link #where()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
