package com.assisto.infrastructure.persistence;

import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.index.PriceIndexRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Price-index series in JPA. */
@Dependent
public class JpaPriceIndexRepository implements PriceIndexRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<PriceIndex> all() {
        return em.createQuery("SELECT i FROM PriceIndex i ORDER BY i.code", PriceIndex.class)
                .getResultList();
    }

    @Override
    public Optional<PriceIndex> findByCode(String code) {
        return em.createQuery("SELECT i FROM PriceIndex i WHERE i.code = :code", PriceIndex.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(PriceIndex index) {
        em.persist(index);
        em.flush();
    }
}
