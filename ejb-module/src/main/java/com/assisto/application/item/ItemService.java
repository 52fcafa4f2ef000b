package com.assisto.application.item;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.infrastructure.persistence.JpqlConditions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** Items with their warranty terms and stock (M2). */
@Stateless
public class ItemService {

    private static final Logger LOG = Logger.getLogger(ItemService.class.getName());

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Inject
    private CallerScope caller;

    /** Items in code order after the given code; the text matches code or description prefix. */
    public Slice<Item> search(String text, String afterCode, int limit) {
        String key = Text.searchKey(text);
        JpqlConditions conditions = new JpqlConditions();
        if (key != null) {
            conditions.and("(LOWER(i.code) LIKE :key OR LOWER(i.description) LIKE :key)", "key", key + "%");
        }
        if (afterCode != null) {
            conditions.and("i.code > :after", "after", afterCode);
        }
        TypedQuery<Item> query = conditions
                .bind(em.createQuery("SELECT i FROM Item i" + conditions.where() + " ORDER BY i.code", Item.class))
                .setMaxResults(limit + 1);
        List<Item> rows = query.getResultList();
        rows.forEach(item -> item.getStock().size());
        return Slice.of(rows, limit, Item::getCode);
    }

    /** An offset page for the console's pager, in code order. */
    public List<Item> page(String text, int first, int max) {
        String key = Text.searchKey(text);
        TypedQuery<Item> query = em.createQuery(
                        "SELECT i FROM Item i"
                                + (key == null
                                        ? ""
                                        : " WHERE LOWER(i.code) LIKE :key OR LOWER(i.description) LIKE :key")
                                + " ORDER BY i.code",
                        Item.class)
                .setFirstResult(first)
                .setMaxResults(max);
        if (key != null) {
            query.setParameter("key", key + "%");
        }
        List<Item> rows = query.getResultList();
        rows.forEach(item -> item.getStock().size());
        return rows;
    }

    public long count(String text) {
        String key = Text.searchKey(text);
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(i) FROM Item i"
                        + (key == null ? "" : " WHERE LOWER(i.code) LIKE :key OR LOWER(i.description) LIKE :key"),
                Long.class);
        if (key != null) {
            query.setParameter("key", key + "%");
        }
        return query.getSingleResult();
    }

    public Item get(long id) {
        Item item = em.find(Item.class, id);
        if (item == null) {
            throw new NotFoundException("Item", id);
        }
        item.getStock().size();
        return item;
    }

    public Item create(String code, ItemTerms terms) {
        Item item = new Item(code, terms);
        if (findByCode(item.getCode()) != null) {
            throw new ValidationException("code", "item " + item.getCode() + " already exists");
        }
        em.persist(item);
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
        em.remove(item);
        LOG.info(() -> caller.callerName() + " deleted item " + item.getCode());
    }

    public Item reportStock(
            String itemCode,
            String warehouse,
            BigDecimal onHand,
            BigDecimal onOrder,
            BigDecimal committed,
            LocalDate expectedOn) {
        Item item = findByCode(itemCode);
        if (item == null) {
            throw new NotFoundException("Item", itemCode);
        }
        item.reportStock(warehouse, onHand, onOrder, committed, expectedOn);
        return item;
    }

    /** The item with the code, or a refusal naming the field that gave it. */
    public Item requireByCode(String code, String field) {
        Item item = findByCode(code.trim());
        if (item == null) {
            throw new ValidationException(field, "item " + code.trim() + " does not exist");
        }
        return item;
    }

    public Item findByCode(String code) {
        return em.createQuery("SELECT i FROM Item i WHERE i.code = :code", Item.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
