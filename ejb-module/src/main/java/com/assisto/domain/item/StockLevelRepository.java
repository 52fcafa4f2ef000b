package com.assisto.domain.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stock levels written in bulk, as the ERP reports them (millions of rows a night): read and
 * written in batches, without loading an item and its stock per row.
 */
public interface StockLevelRepository {

    /** The ids of the items with these codes; codes no item has are left out. */
    Map<String, Long> itemIds(Collection<String> codes);

    /** The stored levels of these items, by item id and warehouse. */
    Map<Key, Stored> levels(Collection<Long> itemIds);

    void insert(List<Write> levels);

    void update(List<Write> levels);

    /** The place of a stock level: an item in a warehouse. */
    record Key(long itemId, String warehouse) {}

    /** A level as stored. */
    record Stored(long id, BigDecimal onHand, BigDecimal onOrder, BigDecimal committed, LocalDate expectedOn) {}

    /** A level to write: the stored row's id for an update, none for an insert. */
    record Write(Long id, long itemId, StockReport report) {}
}
