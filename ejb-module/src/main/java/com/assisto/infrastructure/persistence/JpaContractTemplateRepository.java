package com.assisto.infrastructure.persistence;

import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.domain.contracttype.ContractTemplateRepository;
import com.assisto.domain.contracttype.ContractType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Contract templates in JPA. */
@Dependent
public class JpaContractTemplateRepository implements ContractTemplateRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<ContractTemplate> current(ContractType type) {
        return em.createQuery(
                        "SELECT t FROM ContractTemplate t WHERE t.contractType = :type AND t.retired = FALSE"
                                + " AND t.revision ="
                                + " (SELECT MAX(r.revision) FROM ContractTemplate r WHERE r.contractType = :type AND r.name = t.name)"
                                + " ORDER BY t.name",
                        ContractTemplate.class)
                .setParameter("type", type)
                .getResultList();
    }

    @Override
    public List<ContractTemplate> revisions(ContractType type, String name) {
        return em.createQuery(
                        "SELECT t FROM ContractTemplate t WHERE t.contractType = :type"
                                + " AND t.name = :name ORDER BY t.revision DESC",
                        ContractTemplate.class)
                .setParameter("type", type)
                .setParameter("name", name)
                .getResultList();
    }

    @Override
    public void add(ContractTemplate template) {
        em.persist(template);
        em.flush();
    }

    @Override
    public void remove(ContractTemplate template) {
        em.remove(template);
    }
}
