package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application migrated a database that started empty (the build creates it fresh) and keeps
 * its EJB timers there, as the runbook sets up.
 */
class DatabaseIT extends DeployedAssisto {

    @Test
    void migrationsRanFromAnEmptyDatabase() throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"), "postgres", "");
                Statement sql = db.createStatement()) {
            List<String> applied = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(
                    "SELECT version, success FROM flyway_schema_history WHERE type = 'SQL' ORDER BY installed_rank")) {
                while (rows.next()) {
                    assertTrue(rows.getBoolean("success"), "migration " + rows.getString("version") + " succeeded");
                    applied.add(rows.getString("version"));
                }
            }
            assertEquals("1", applied.get(0), "the history starts at the first migration: the database began empty");
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM customer")) {
                rows.next();
                assertTrue(rows.getInt(1) >= 400, "demo customers were loaded into the migrated schema");
            }
            try (ResultSet rows = sql.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE lower(table_name) = 'ejb__timer__tbl'")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the EJB timer store lives in PostgreSQL");
            }
        }
    }

    @Test
    void passwordsAreStoredHashed() throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"), "postgres", "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT username, password_hash FROM app_user")) {
            int users = 0;
            while (rows.next()) {
                users++;
                String hash = rows.getString("password_hash");
                assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
                assertTrue(!hash.contains(rows.getString("username")));
            }
            assertTrue(users >= 4);
        }
    }
}
