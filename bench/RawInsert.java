import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline of bench/renewals.sh: how fast plain JDBC batches insert, on this machine and in
 * the same run, the rows a renewal writes for each contract: the next contract, its three lines,
 * its four quarterly instalments, the run's outcome row and the revaluation record. The rows go
 * to copies of the real tables (same columns, defaults and indexes, no foreign keys), committed
 * every 500 contracts as the run's chunks are.
 *   java -cp postgresql.jar bench/RawInsert.java JDBC_URL CONTRACTS
 * prints: CONTRACTS ROWS SECONDS
 */
public class RawInsert {

    private static final List<String> TABLES = List.of("contract", "contract_line", "instalment", "renewal_outcome",
            "revaluation");
    private static final int COMMIT_EVERY = 500;

    public static void main(String[] args) throws Exception {
        int contracts = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "")) {
            db.setAutoCommit(false);
            try (var ddl = db.createStatement()) {
                for (String table : TABLES) {
                    ddl.execute("DROP TABLE IF EXISTS raw_" + table);
                    ddl.execute("CREATE TABLE raw_" + table + " (LIKE " + table + " INCLUDING DEFAULTS INCLUDING INDEXES)");
                }
            }
            db.commit();
            long rows = 0;
            long started = System.nanoTime();
            try (PreparedStatement contract = db.prepareStatement("INSERT INTO raw_contract (id, version, number,"
                    + " contract_type_id, customer_id, typology_code, start_date, duration_months, end_date,"
                    + " renewal_months, billing_months, payment_terms, auto_renew, status, issued_on, contract_value,"
                    + " labour_covered, travel_covered, parts_covered, consumables_covered, reval_index_code,"
                    + " reval_share_percent, reval_decreases, reval_lag_months, renewal_of) VALUES (?, 1, ?, 1, 1, '1', ?,"
                    + " 12, ?, 12, 3, 'RB30', TRUE, 'ACTIVE', ?, ?, TRUE, TRUE, FALSE, FALSE, 'FOI', 75, FALSE, 3, ?)");
                 PreparedStatement line = db.prepareStatement("INSERT INTO raw_contract_line (id, contract_id, item_id,"
                    + " description, price_source, amount, covered_from) VALUES (?, ?, 1, ?, 'MANUAL', ?, ?)");
                 PreparedStatement instalment = db.prepareStatement("INSERT INTO raw_instalment (id, contract_id,"
                    + " sequence, period_from, period_to, due_date, amount, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'PLANNED')");
                 PreparedStatement outcome = db.prepareStatement("INSERT INTO raw_renewal_outcome (id, run_id,"
                    + " contract_id, contract_number, result, successor_id, successor_number) VALUES (?, 1, ?, ?,"
                    + " 'RENEWED', ?, ?)");
                 PreparedStatement revaluation = db.prepareStatement("INSERT INTO raw_revaluation (id, contract_id,"
                    + " previous_id, run_id, applied_on, index_code, from_month, from_value, to_month, to_value,"
                    + " coefficient, variation_percent, share_percent, applied_percent, amount_before, amount_after,"
                    + " performed_by, performed_at) VALUES (?, ?, ?, 1, ?, 'FOI', ?, 118.4, ?, 120.4, 1, 1.7, 75,"
                    + " 1.275, ?, ?, 'admin', ?)")) {
                Date start = Date.valueOf(LocalDate.of(2024, 1, 1));
                Date end = Date.valueOf(LocalDate.of(2024, 12, 31));
                Date fromMonth = Date.valueOf(LocalDate.of(2022, 10, 1));
                Date toMonth = Date.valueOf(LocalDate.of(2023, 10, 1));
                BigDecimal linePrice = new BigDecimal("364.59");
                BigDecimal value = new BigDecimal("1093.77");
                BigDecimal quarter = new BigDecimal("273.44");
                long id = 0;
                for (int n = 1; n <= contracts; n++) {
                    long contractId = ++id;
                    String number = "C1/2024/" + n;
                    contract.setLong(1, contractId);
                    contract.setString(2, number);
                    contract.setDate(3, start);
                    contract.setDate(4, end);
                    contract.setDate(5, start);
                    contract.setBigDecimal(6, value);
                    contract.setLong(7, 10_000_000L + n);
                    contract.addBatch();
                    for (int k = 0; k < 3; k++) {
                        line.setLong(1, ++id);
                        line.setLong(2, contractId);
                        line.setString(3, "Covered item " + k);
                        line.setBigDecimal(4, linePrice);
                        line.setDate(5, start);
                        line.addBatch();
                    }
                    for (int q = 0; q < 4; q++) {
                        Date from = Date.valueOf(LocalDate.of(2024, 1 + 3 * q, 1));
                        instalment.setLong(1, ++id);
                        instalment.setLong(2, contractId);
                        instalment.setInt(3, q + 1);
                        instalment.setDate(4, from);
                        instalment.setDate(5, Date.valueOf(from.toLocalDate().plusMonths(3).minusDays(1)));
                        instalment.setDate(6, from);
                        instalment.setBigDecimal(7, quarter);
                        instalment.addBatch();
                    }
                    outcome.setLong(1, ++id);
                    outcome.setLong(2, 10_000_000L + n);
                    outcome.setString(3, "RB" + n);
                    outcome.setLong(4, contractId);
                    outcome.setString(5, number);
                    outcome.addBatch();
                    revaluation.setLong(1, ++id);
                    revaluation.setLong(2, contractId);
                    revaluation.setLong(3, 10_000_000L + n);
                    revaluation.setDate(4, start);
                    revaluation.setDate(5, fromMonth);
                    revaluation.setDate(6, toMonth);
                    revaluation.setBigDecimal(7, new BigDecimal("1080.00"));
                    revaluation.setBigDecimal(8, value);
                    revaluation.setTimestamp(9, Timestamp.from(Instant.now()));
                    revaluation.addBatch();
                    rows += 10;
                    if (n % COMMIT_EVERY == 0 || n == contracts) {
                        for (PreparedStatement batch : List.of(contract, line, instalment, outcome, revaluation)) {
                            batch.executeBatch();
                        }
                        db.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d %d %.2f%n", contracts, rows, seconds);
            try (var ddl = db.createStatement()) {
                for (String table : TABLES) {
                    ddl.execute("DROP TABLE raw_" + table);
                }
            }
            db.commit();
        }
    }
}
