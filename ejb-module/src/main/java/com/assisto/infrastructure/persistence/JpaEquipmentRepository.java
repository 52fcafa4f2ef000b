package com.assisto.infrastructure.persistence;

import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentFilter;
import com.assisto.domain.equipment.EquipmentMove;
import com.assisto.domain.equipment.EquipmentRepository;
import com.assisto.domain.shared.Slice;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The installed base in JPA. The list seeks by id (no offset, so every page costs the same) and
 * each filter has an index led by its column and followed by the id (V16, V17).
 */
@Dependent
public class JpaEquipmentRepository implements EquipmentRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<Equipment> find(long id) {
        return Optional.ofNullable(em.find(Equipment.class, id));
    }

    @Override
    public Slice<Equipment> search(EquipmentFilter filter, Long afterId, int limit) {
        JpqlConditions conditions = new JpqlConditions();
        if (filter.customerId() != null) {
            conditions.and("e.customer.id = :customer", "customer", filter.customerId());
        }
        if (filter.siteId() != null) {
            conditions.and("e.site.id = :site", "site", filter.siteId());
        }
        if (filter.plantId() != null) {
            conditions.and("e.plant.id = :plant", "plant", filter.plantId());
        }
        if (filter.typeCode() != null) {
            conditions.and("e.type.code = :type", "type", filter.typeCode());
        }
        if (filter.status() != null) {
            conditions.and("e.status = :status", "status", filter.status());
        }
        if (filter.serial() != null) {
            conditions.and(
                    "(e.serialKey LIKE :serial ESCAPE '\\' OR e.manufacturerSerialKey LIKE :serial ESCAPE '\\')",
                    "serial",
                    Like.prefix(filter.serial()));
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

    @Override
    public void addMoves(List<EquipmentMove> moves) {
        moves.forEach(em::persist);
    }

    @Override
    public List<EquipmentMove> moves(long equipmentId) {
        return em.createQuery(
                        "SELECT m FROM EquipmentMove m WHERE m.equipment.id = :equipment ORDER BY m.movedOn, m.id",
                        EquipmentMove.class)
                .setParameter("equipment", equipmentId)
                .getResultList();
    }

    @Override
    public List<Equipment> standingIn(long plantId) {
        return em.createQuery(
                        "SELECT e FROM Equipment e WHERE e.plant.id = :plant AND e.parent IS NULL ORDER BY e.id",
                        Equipment.class)
                .setParameter("plant", plantId)
                .getResultList();
    }
}
