package com.assisto.infrastructure.persistence;

import com.assisto.domain.equipment.Plant;
import com.assisto.domain.equipment.PlantRepository;
import com.assisto.domain.shared.Slice;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Plants in JPA; the list seeks by id. */
@Dependent
public class JpaPlantRepository implements PlantRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<Plant> find(long id) {
        return Optional.ofNullable(em.find(Plant.class, id));
    }

    @Override
    public Slice<Plant> search(Long customerId, Long siteId, Long afterId, int limit) {
        JpqlConditions conditions = new JpqlConditions();
        if (customerId != null) {
            conditions.and("p.customer.id = :customer", "customer", customerId);
        }
        if (siteId != null) {
            conditions.and("p.site.id = :site", "site", siteId);
        }
        if (afterId != null) {
            conditions.and("p.id > :after", "after", afterId);
        }
        return Slice.of(
                conditions
                        .bind(em.createQuery(
                                "SELECT p FROM Plant p" + conditions.where() + " ORDER BY p.id", Plant.class))
                        .setMaxResults(limit + 1)
                        .getResultList(),
                limit,
                plant -> String.valueOf(plant.getId()));
    }

    @Override
    public void add(Plant plant) {
        em.persist(plant);
        em.flush();
    }
}
