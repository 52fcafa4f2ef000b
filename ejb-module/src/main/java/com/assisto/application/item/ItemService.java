package com.assisto.application.item;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemRepository;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** Items with their warranty terms and stock (M2). */
@Stateless
public class ItemService {

    private static final Logger LOG = Logger.getLogger(ItemService.class.getName());

    @Inject
    private ItemRepository items;

    @Inject
    private CallerScope caller;

    /** Items in code order after the given code; the text matches code or description prefix. */
    public Slice<Item> search(String text, String afterCode, int limit) {
        Slice<Item> slice = items.search(Text.searchKey(text), afterCode, limit);
        slice.items().forEach(item -> item.getStock().size());
        return slice;
    }

    /** An offset page for the console's pager, in code order. */
    public List<Item> page(String text, int first, int max) {
        List<Item> rows = items.page(Text.searchKey(text), first, max);
        rows.forEach(item -> item.getStock().size());
        return rows;
    }

    public long count(String text) {
        return items.count(Text.searchKey(text));
    }

    public Item get(long id) {
        Item item = items.find(id).orElseThrow(() -> new NotFoundException("Item", id));
        item.getStock().size();
        return item;
    }

    public Item create(String code, ItemTerms terms) {
        Item item = new Item(code, terms);
        if (items.findByCode(item.getCode()).isPresent()) {
            throw new ValidationException("code", "item.exists", item.getCode());
        }
        items.add(item);
        LOG.info(() -> caller.callerName() + " created item " + item.getCode());
        return item;
    }

    public Item update(long id, long version, ItemTerms terms) {
        Item item = get(id);
        item.checkVersion(version);
        item.apply(terms);
        LOG.info(() -> caller.callerName() + " updated item " + item.getCode());
        return item;
    }

    public void delete(long id, long version) {
        Item item = get(id);
        item.checkVersion(version);
        items.remove(item);
        LOG.info(() -> caller.callerName() + " deleted item " + item.getCode());
    }

    public Item reportStock(
            String itemCode,
            String warehouse,
            BigDecimal onHand,
            BigDecimal onOrder,
            BigDecimal committed,
            LocalDate expectedOn) {
        Item item = items.findByCode(itemCode).orElseThrow(() -> new NotFoundException("Item", itemCode));
        item.reportStock(warehouse, onHand, onOrder, committed, expectedOn);
        return item;
    }

    /** The item with the code, or a refusal naming the field that gave it. */
    public Item requireByCode(String code, String field) {
        return items.findByCode(code.trim())
                .orElseThrow(() -> new ValidationException(field, "item.unknown", code.trim()));
    }

    /** The item with exactly this code, or null. */
    public Item findByCode(String code) {
        return items.findByCode(code).orElse(null);
    }
}
