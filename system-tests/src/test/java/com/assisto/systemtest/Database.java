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

    /** The rows a query returns, a line each with its columns separated by spaces: for a failing test's message. */
    static String rows(String sql) {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"), "postgres", "");
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            StringBuilder rows = new StringBuilder();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.append(column == 1 ? "" : " ").append(result.getString(column));
                }
                rows.append('\n');
            }
            return rows.toString();
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
