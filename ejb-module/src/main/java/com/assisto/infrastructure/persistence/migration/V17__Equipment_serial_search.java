package com.assisto.infrastructure.persistence.migration;

import com.assisto.domain.equipment.Equipment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The serial-number search keys of the equipment already registered ({@link Equipment#serialKey},
 * the very code that computes them for new equipment) and the indexes that make a prefix search
 * fast. In Java because the indexes differ: PostgreSQL uses a b-tree for {@code LIKE 'AB%'} only
 * with the pattern operator class unless the database collates as "C"; H2 uses any index.
 */
public class V17__Equipment_serial_search extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        fillKeys(connection);
        boolean postgres = connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        String pattern = postgres ? " varchar_pattern_ops" : "";
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE INDEX equipment_serial_key ON equipment (serial_key" + pattern + ")");
            ddl.execute("CREATE INDEX equipment_manufacturer_serial_key ON equipment (manufacturer_serial_key" + pattern
                    + ")");
        }
    }

    private static void fillKeys(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet equipment = select.executeQuery("SELECT id, serial_number, manufacturer_serial FROM equipment"
                        + " WHERE serial_number IS NOT NULL OR manufacturer_serial IS NOT NULL");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE equipment SET serial_key = ?, manufacturer_serial_key = ? WHERE id = ?")) {
            int pending = 0;
            while (equipment.next()) {
                update.setString(1, Equipment.serialKey(equipment.getString("serial_number")));
                update.setString(2, Equipment.serialKey(equipment.getString("manufacturer_serial")));
                update.setLong(3, equipment.getLong("id"));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
