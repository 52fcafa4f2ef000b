package com.assisto.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the test database, for what no API shows (the ERP outbox) or sets (a user's e-mail). */
final class Database {

    private Database() {}

    static long count(String sql) {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"), "postgres", "");
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql) {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"), "postgres", "");
                Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
