package com.assisto.infrastructure.persistence;

import com.assisto.domain.item.Item;
import com.assisto.domain.item.StockLevel;
import com.assisto.domain.item.StockLevelRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Stock levels in plain JDBC batches on the application's transactional data source (the
 * connection joins the caller's transaction): an import of a million rows cannot afford an
 * entity per row. Row ids come from the entities' sequence as EclipseLink takes them
 * ({@link EntityIds}), so both can write the table. The shared cache keeps items and their stock levels;
 * it is told to forget them after each batch.
 */
@Dependent
public class JdbcStockLevelRepository implements StockLevelRepository {

    @Resource(lookup = "jdbc/assisto")
    private DataSource dataSource;

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Map<String, Long> itemIds(Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (codes.isEmpty()) {
            return ids;
        }
        String sql = "SELECT code, id FROM item WHERE code IN (" + placeholders(codes.size()) + ")";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (String code : codes) {
                select.setString(index++, code);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("items could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<Key, Stored> levels(Collection<Long> itemIds) {
        Map<Key, Stored> levels = new HashMap<>();
        if (itemIds.isEmpty()) {
            return levels;
        }
        String sql = "SELECT id, item_id, warehouse_code, on_hand, on_order, committed, expected_on"
                + " FROM stock_level WHERE item_id IN (" + placeholders(itemIds.size()) + ")";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (Long id : itemIds) {
                select.setLong(index++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Date expected = rows.getDate(7);
                    levels.put(
                            new Key(rows.getLong(2), rows.getString(3)),
                            new Stored(
                                    rows.getLong(1),
                                    rows.getBigDecimal(4),
                                    rows.getBigDecimal(5),
                                    rows.getBigDecimal(6),
                                    expected == null ? null : expected.toLocalDate()));
                }
            }
            return levels;
        } catch (SQLException e) {
            throw new IllegalStateException("stock levels could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void insert(List<Write> levels) {
        if (levels.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO stock_level (on_hand, on_order, committed, expected_on, item_id, warehouse_code, id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            EntityIds ids = new EntityIds(connection);
            for (Write level : levels) {
                bind(insert, level);
                insert.setLong(7, ids.next());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("stock levels could not be stored: " + e.getMessage(), e);
        }
        forgetCached();
    }

    @Override
    public void update(List<Write> levels) {
        if (levels.isEmpty()) {
            return;
        }
        String sql = "UPDATE stock_level SET on_hand = ?, on_order = ?, committed = ?, expected_on = ?"
                + " WHERE item_id = ? AND warehouse_code = ? AND id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (Write level : levels) {
                bind(update, level);
                update.setLong(7, level.id());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("stock levels could not be stored: " + e.getMessage(), e);
        }
        forgetCached();
    }

    private static void bind(PreparedStatement statement, Write level) throws SQLException {
        statement.setBigDecimal(1, level.report().onHand());
        statement.setBigDecimal(2, level.report().onOrder());
        statement.setBigDecimal(3, level.report().committed());
        if (level.report().expectedOn() == null) {
            statement.setNull(4, Types.DATE);
        } else {
            statement.setDate(4, Date.valueOf(level.report().expectedOn()));
        }
        statement.setLong(5, level.itemId());
        statement.setString(6, level.report().warehouse());
    }

    private void forgetCached() {
        // an item keeps its list of levels in the cache too, and a new level is not in it
        em.getEntityManagerFactory().getCache().evict(StockLevel.class);
        em.getEntityManagerFactory().getCache().evict(Item.class);
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
