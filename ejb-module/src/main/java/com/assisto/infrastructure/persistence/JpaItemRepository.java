package com.assisto.infrastructure.persistence;

import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemRepository;
import com.assisto.domain.shared.Slice;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Items in JPA; the list seeks by code, so a page deep in the catalogue costs what the first costs. */
@Dependent
public class JpaItemRepository implements ItemRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<Item> find(long id) {
        return Optional.ofNullable(em.find(Item.class, id));
    }

    @Override
    public Optional<Item> findByCode(String code) {
        return em.createQuery("SELECT i FROM Item i WHERE i.code = :code", Item.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Item> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM Item i WHERE i.code IN :codes", Item.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    @Override
    public Slice<Item> search(String searchKey, String afterCode, int limit) {
        JpqlConditions conditions = matching(searchKey);
        if (afterCode != null) {
            conditions.and("i.code > :after", "after", afterCode);
        }
        List<Item> rows = conditions
                .bind(em.createQuery("SELECT i FROM Item i" + conditions.where() + " ORDER BY i.code", Item.class))
                .setMaxResults(limit + 1)
                .getResultList();
        return Slice.of(rows, limit, Item::getCode);
    }

    @Override
    public List<Item> page(String searchKey, int first, int max) {
        JpqlConditions conditions = matching(searchKey);
        return conditions
                .bind(em.createQuery("SELECT i FROM Item i" + conditions.where() + " ORDER BY i.code", Item.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(String searchKey) {
        JpqlConditions conditions = matching(searchKey);
        return conditions
                .bind(em.createQuery("SELECT COUNT(i) FROM Item i" + conditions.where(), Long.class))
                .getSingleResult();
    }

    @Override
    public List<Item> withWarranty() {
        return em.createQuery("SELECT i FROM Item i WHERE i.warrantyMonths > 0 ORDER BY i.code", Item.class)
                .getResultList();
    }

    @Override
    public void add(Item item) {
        em.persist(item);
    }

    @Override
    public void remove(Item item) {
        em.remove(item);
    }

    private static JpqlConditions matching(String searchKey) {
        JpqlConditions conditions = new JpqlConditions();
        if (searchKey != null) {
            conditions.and("(LOWER(i.code) LIKE :key OR LOWER(i.description) LIKE :key)", "key", searchKey + "%");
        }
        return conditions;
    }
}
