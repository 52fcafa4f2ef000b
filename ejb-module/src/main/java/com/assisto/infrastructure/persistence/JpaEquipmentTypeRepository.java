package com.assisto.infrastructure.persistence;

import com.assisto.domain.equipment.EquipmentType;
import com.assisto.domain.equipment.EquipmentTypeRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Equipment types in JPA. */
@Dependent
public class JpaEquipmentTypeRepository implements EquipmentTypeRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<EquipmentType> all() {
        return em.createQuery("SELECT t FROM EquipmentType t ORDER BY t.code", EquipmentType.class)
                .getResultList();
    }

    @Override
    public Optional<EquipmentType> findByCode(String code) {
        return em.createQuery("SELECT t FROM EquipmentType t WHERE t.code = :code", EquipmentType.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(EquipmentType type) {
        em.persist(type);
        em.flush();
    }
}
