package com.assisto.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations must also build the embedded H2 database of the first run (./run.sh), with the
 * same connection settings as the domain's H2 pool; PostgreSQL is covered by the system tests.
 */
class H2MigrationTest {

    @Test
    void everyMigrationRunsOnTheEmbeddedDatabase() throws SQLException {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load();
        int shipped = flyway.info().pending().length;
        assertTrue(shipped >= 6, "the build ships its migrations: " + shipped);
        assertEquals(shipped, flyway.migrate().migrationsExecuted, "every migration runs on H2");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO file_content (id, bytes) VALUES (1, X'255044462D')");
            try (ResultSet bytes = statement.executeQuery("SELECT bytes FROM file_content WHERE id = 1")) {
                bytes.next();
                assertEquals("%PDF-", new String(bytes.getBytes(1), java.nio.charset.StandardCharsets.US_ASCII));
            }
            statement.execute(
                    "INSERT INTO login_lock (id, scope, username, address, failures, locked_at, locked_until)"
                            + " VALUES (1, 'ACCOUNT_FROM_ADDRESS', 'laura', '127.0.0.1', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            String claim = "INSERT INTO scheduled_job_run (job, run_date, run_trigger, started_at)"
                    + " VALUES ('BILLING', DATE '2026-12-02', 'CATCH_UP', CURRENT_TIMESTAMP)";
            statement.execute(claim);
            assertThrows(SQLException.class, () -> statement.execute(claim), "one claim per job and day");
        }
    }
}
