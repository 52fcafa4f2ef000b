package com.assisto.infrastructure.persistence;

import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentRepository;
import com.assisto.domain.shared.Slice;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The installed base in JPA; the list seeks by id. */
@Dependent
public class JpaEquipmentRepository implements EquipmentRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<Equipment> find(long id) {
        return Optional.ofNullable(em.find(Equipment.class, id));
    }

    @Override
    public Slice<Equipment> search(Long customerId, String serialNumber, Long afterId, int limit) {
        JpqlConditions conditions = new JpqlConditions();
        if (customerId != null) {
            conditions.and("e.customer.id = :customer", "customer", customerId);
        }
        if (serialNumber != null) {
            conditions.and("e.serialNumber = :serial", "serial", serialNumber);
        }
        if (afterId != null) {
            conditions.and("e.id > :after", "after", afterId);
        }
        return Slice.of(
                conditions
                        .bind(em.createQuery(
                                "SELECT e FROM Equipment e" + conditions.where() + " ORDER BY e.id", Equipment.class))
                        .setMaxResults(limit + 1)
                        .getResultList(),
                limit,
                equipment -> String.valueOf(equipment.getId()));
    }

    @Override
    public void add(Equipment equipment) {
        em.persist(equipment);
        em.flush();
    }
}
