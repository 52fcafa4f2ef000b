package com.assisto.infrastructure.persistence;

import com.assisto.domain.cost.SupplierCost;
import com.assisto.domain.cost.SupplierCostRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Supplier costs in JPA. */
@Dependent
public class JpaSupplierCostRepository implements SupplierCostRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Map<String, Long> contractIds(Collection<String> numbers) {
        Map<String, Long> ids = new HashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery("SELECT c.number, c.id FROM Contract c WHERE c.number IN :numbers", Object[].class)
                    .setParameter("numbers", numbers)
                    .getResultList()
                    .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        }
        return ids;
    }

    @Override
    public Map<String, List<Long>> equipmentIds(Collection<String> serialNumbers) {
        Map<String, List<Long>> ids = new HashMap<>();
        if (!serialNumbers.isEmpty()) {
            em.createQuery(
                            "SELECT e.serialNumber, e.id FROM Equipment e WHERE e.serialNumber IN :serials",
                            Object[].class)
                    .setParameter("serials", serialNumbers)
                    .getResultList()
                    .forEach(row -> ids.computeIfAbsent((String) row[0], serial -> new ArrayList<>())
                            .add((Long) row[1]));
        }
        return ids;
    }

    @Override
    public List<SupplierCost> ofDocuments(Collection<String> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM SupplierCost s WHERE s.document IN :documents", SupplierCost.class)
                .setParameter("documents", documents)
                .getResultList();
    }

    @Override
    public void add(SupplierCost cost) {
        em.persist(cost);
    }
}
