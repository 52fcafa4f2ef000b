import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;

/**
 * The baseline of bench/renewals.sh: how fast plain JDBC batches (1,000 rows each) insert rows
 * shaped like a contract into PostgreSQL on this machine, in the same run as the renewals.
 *   java -cp postgresql.jar bench/RawInsert.java JDBC_URL ROWS
 */
public class RawInsert {

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "")) {
            db.setAutoCommit(false);
            try (var ddl = db.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS raw_contract");
                ddl.execute("CREATE TABLE raw_contract (LIKE contract INCLUDING DEFAULTS)");
            }
            db.commit();
            long started = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO raw_contract (id, version, number,"
                    + " contract_type_id, customer_id, start_date, duration_months, end_date, renewal_months,"
                    + " billing_months, auto_renew, status, issued_on, contract_value, labour_covered, travel_covered,"
                    + " parts_covered, consumables_covered) VALUES (?, 1, ?, 1, 1, ?, 12, ?, 12, 3, TRUE, 'ACTIVE', ?, ?,"
                    + " TRUE, TRUE, FALSE, FALSE)")) {
                Date start = Date.valueOf(LocalDate.of(2024, 1, 1));
                Date end = Date.valueOf(LocalDate.of(2024, 12, 31));
                for (int i = 1; i <= rows; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "RAW" + i);
                    insert.setDate(3, start);
                    insert.setDate(4, end);
                    insert.setDate(5, start);
                    insert.setBigDecimal(6, new BigDecimal("1234.56"));
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d %.2f%n", rows, seconds);
            try (var ddl = db.createStatement()) {
                ddl.execute("DROP TABLE raw_contract");
            }
            db.commit();
        }
    }
}
