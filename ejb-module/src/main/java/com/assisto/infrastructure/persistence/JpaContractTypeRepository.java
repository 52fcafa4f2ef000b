package com.assisto.infrastructure.persistence;

import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Contract types in JPA. */
@Dependent
public class JpaContractTypeRepository implements ContractTypeRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<ContractType> all() {
        return em.createQuery("SELECT t FROM ContractType t ORDER BY LENGTH(t.code), t.code", ContractType.class)
                .getResultList();
    }

    @Override
    public Optional<ContractType> findByCode(String code) {
        return em.createQuery("SELECT t FROM ContractType t WHERE t.code = :code", ContractType.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ContractType type) {
        em.persist(type);
        em.flush();
    }
}
