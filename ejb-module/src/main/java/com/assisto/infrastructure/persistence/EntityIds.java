package com.assisto.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for rows written in plain JDBC, taken from the entities' sequence a block at a time exactly
 * as EclipseLink takes them (its value is a block's last id, the block as long as the sequence's
 * increment, migration V4), so that JDBC and JPA can write the same table.
 */
final class EntityIds {

    /** The id block one sequence value stands for. */
    private static final int BLOCK = 500;

    private final Connection connection;
    private long next;
    private long last = -1;

    EntityIds(Connection connection) {
        this.connection = connection;
    }

    long next() throws SQLException {
        if (next > last) {
            try (PreparedStatement sequence = connection.prepareStatement("SELECT nextval('entity_seq')");
                    ResultSet value = sequence.executeQuery()) {
                value.next();
                last = value.getLong(1);
            }
            next = last - BLOCK + 1;
        }
        return next++;
    }
}
