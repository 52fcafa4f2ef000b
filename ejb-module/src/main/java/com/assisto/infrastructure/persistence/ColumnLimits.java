package com.assisto.infrastructure.persistence;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The widths of the schema's text and decimal columns, read from the database itself after the
 * migrations ran, so a value too long or too large for its column is refused before the database
 * refuses it with an error no user can read. The migrations stay the one place that sets a width.
 */
public final class ColumnLimits {

    /** {@code length} for text columns, {@code integerDigits} for decimal ones; 0 where none applies. */
    record Limit(int length, int integerDigits) {}

    private static volatile ColumnLimits current = new ColumnLimits(Map.of());

    private final Map<String, Limit> byColumn;

    ColumnLimits(Map<String, Limit> byColumn) {
        this.byColumn = Map.copyOf(byColumn);
    }

    /** The limits in force; empty until the schema has been read at start-up. */
    static ColumnLimits current() {
        return current;
    }

    /** Reads the limits of every column of the application's schema and puts them in force. */
    static void readFrom(DataSource dataSource) throws SQLException {
        Map<String, Limit> limits = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet columns = metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME");
                    String column = columns.getString("COLUMN_NAME");
                    limitOf(
                                    columns.getInt("DATA_TYPE"),
                                    columns.getInt("COLUMN_SIZE"),
                                    columns.getInt("DECIMAL_DIGITS"))
                            .ifPresent(limit -> limits.put(key(table, column), limit));
                }
            }
        }
        current = new ColumnLimits(limits);
    }

    static Optional<Limit> limitOf(int sqlType, int size, int decimalDigits) {
        return switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR ->
                size > 0 ? Optional.of(new Limit(size, 0)) : Optional.empty();
            case Types.NUMERIC, Types.DECIMAL ->
                size > 0 && size > decimalDigits
                        ? Optional.of(new Limit(0, size - Math.max(decimalDigits, 0)))
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    int size() {
        return byColumn.size();
    }

    /**
     * What is wrong with storing {@code value} in the column, in words a user can act on; empty
     * when it fits. The value itself is never repeated: it may be a hundred thousand characters.
     */
    Optional<Message> violation(String table, String column, Object value) {
        Limit limit = byColumn.get(key(table, column));
        if (limit == null || value == null) {
            return Optional.empty();
        }
        if (limit.length() > 0 && value instanceof String text) {
            int characters = text.codePointCount(0, text.length());
            return characters > limit.length()
                    ? Optional.of(Message.of("column.tooLong", limit.length(), characters))
                    : Optional.empty();
        }
        if (limit.integerDigits() > 0 && value instanceof BigDecimal number) {
            int integerDigits = Math.max(number.precision() - number.scale(), 0);
            return integerDigits > limit.integerDigits()
                    ? Optional.of(Message.of("column.tooManyDigits", limit.integerDigits(), integerDigits))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + '.' + column.toLowerCase(Locale.ROOT);
    }
}
