package com.assisto.infrastructure.persistence;

import com.assisto.infrastructure.persistence.migration.V10__Accent_free_customer_keys;
import com.assisto.infrastructure.persistence.migration.V17__Equipment_serial_search;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before anything touches the database.
 * Beans that read or write at start-up declare {@code @DependsOn("DatabaseMigrator")}. Once migrated,
 * the schema's column widths are read so writes are checked against them ({@link ColumnLimits}).
 */
@Singleton
@Startup
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/assisto")
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Java migrations by name: scanning classes in an EJB module's jar is not reliable
                .javaMigrations(new V10__Accent_free_customer_keys(), new V17__Equipment_serial_search())
                // The EJB timer table is created by ops before the first deployment (config/README.md),
                // so a new database is not empty: mark it as version 0 and migrate from there.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("database prepared by ops")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion) + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
        try {
            ColumnLimits.readFrom(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the column widths of the migrated schema", e);
        }
        LOG.info(() -> ColumnLimits.current().size() + " text and decimal columns checked before writes");
    }
}
