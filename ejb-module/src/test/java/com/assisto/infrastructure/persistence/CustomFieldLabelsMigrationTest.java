package com.assisto.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A schema stored before fields had labels by language keeps its fields, with no label in either language. */
class CustomFieldLabelsMigrationTest {

    @Test
    void storedFieldsGainEmptyLabelsAsWideAsTheDefault() throws SQLException {
        String url = "jdbc:h2:mem:customFieldLabels;DB_CLOSE_DELAY=-1";
        Flyway before = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .target("9")
                .load();
        before.migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO contract_type (id, version, code, name, duration_months, billing_months,"
                    + " renewal_months, auto_renew, warranty, quote_validity_days, number_prefix,"
                    + " labour_covered, travel_covered, parts_covered, consumables_covered, admin_warning_days)"
                    + " VALUES (1, 1, '930', 'Full service', 12, 3, 12, TRUE, FALSE, 30, 'FS',"
                    + " TRUE, TRUE, FALSE, FALSE, 30)");
            statement.execute("INSERT INTO contract_type_field (contract_type_id, position, field_key, label, kind,"
                    + " required) VALUES (1, 0, 'responseHours', 'Response time (hours)', 'NUMBER', TRUE)");

            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            try (ResultSet field = statement.executeQuery(
                    "SELECT label, label_en, label_it FROM contract_type_field WHERE field_key = 'responseHours'")) {
                field.next();
                assertEquals("Response time (hours)", field.getString(1));
                assertEquals(null, field.getString(2));
                assertEquals(null, field.getString(3));
            }
            try (ResultSet widths = statement.executeQuery("SELECT COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'CONTRACT_TYPE_FIELD'"
                    + " AND COLUMN_NAME IN ('LABEL_EN', 'LABEL_IT') ORDER BY COLUMN_NAME")) {
                StringBuilder found = new StringBuilder();
                while (widths.next()) {
                    found.append(widths.getString(1).toLowerCase())
                            .append(' ')
                            .append(widths.getLong(2))
                            .append(' ')
                            .append(widths.getString(3))
                            .append(';');
                }
                assertEquals("label_en 120 YES;label_it 120 YES;", found.toString());
            }
        }
    }
}
