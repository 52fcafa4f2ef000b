package com.assisto.infrastructure.persistence.migration;

import com.assisto.domain.shared.Text;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Customers' name and city keys without accents ({@link Text#nameKey}), so that search and sorting
 * treat "Éboli" as "eboli". Written in Java because neither H2 nor a stock PostgreSQL can strip
 * accents in SQL; the keys are computed by the very code that computes them for new customers.
 */
public class V10__Accent_free_customer_keys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet customers = select.executeQuery("SELECT id, name, city FROM customer");
                PreparedStatement update = context.getConnection()
                        .prepareStatement("UPDATE customer SET name_key = ?, city_key = ? WHERE id = ?")) {
            int pending = 0;
            while (customers.next()) {
                update.setString(1, Text.nameKey(customers.getString("name")));
                update.setString(2, Text.nameKey(customers.getString("city")));
                update.setLong(3, customers.getLong("id"));
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
