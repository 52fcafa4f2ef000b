package com.assisto.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The columns that keep encoded messages are long enough for them, and stay as required as they were. */
class StoredMessagesMigrationTest {

    @Test
    void theMessageColumnsGrowAndKeepTheirConstraints() throws SQLException {
        String url = "jdbc:h2:mem:storedMessages;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet found =
                        statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE"
                                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE (TABLE_NAME, COLUMN_NAME) IN"
                                + " (('CONTRACT_LINE', 'RENEWAL_BASIS'), ('RENEWAL_OUTCOME', 'MESSAGE'),"
                                + " ('INBOX_MESSAGE', 'SUBJECT'), ('INBOX_MESSAGE', 'BODY'))"
                                + " ORDER BY TABLE_NAME, COLUMN_NAME")) {
            while (found.next()) {
                columns.put(
                        found.getString(1).toLowerCase() + "."
                                + found.getString(2).toLowerCase(),
                        found.getLong(3) + " " + found.getString(4));
            }
        }

        assertEquals(
                Map.of(
                        "contract_line.renewal_basis", "4000 YES",
                        "inbox_message.body", "100000 NO",
                        "inbox_message.subject", "2000 NO",
                        "renewal_outcome.message", "4000 YES"),
                columns);
    }
}
