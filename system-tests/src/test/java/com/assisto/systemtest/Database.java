package com.assisto.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct reads of the test database, for what no API shows (the ERP outbox). */
final class Database {

    private Database() {
    }

    static long count(String sql) {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"), "postgres", "");
                Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
