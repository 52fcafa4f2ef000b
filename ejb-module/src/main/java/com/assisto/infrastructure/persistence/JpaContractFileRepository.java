package com.assisto.infrastructure.persistence;

import com.assisto.domain.contract.ContractFile;
import com.assisto.domain.contract.ContractFileKind;
import com.assisto.domain.contract.ContractFileRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Contract files in JPA. */
@Dependent
public class JpaContractFileRepository implements ContractFileRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<ContractFile> ofContract(long contractId) {
        return em.createQuery(
                        "SELECT f FROM ContractFile f WHERE f.contract.id = :id ORDER BY f.id DESC", ContractFile.class)
                .setParameter("id", contractId)
                .getResultList();
    }

    @Override
    public Optional<ContractFile> find(long fileId) {
        return Optional.ofNullable(em.find(ContractFile.class, fileId));
    }

    @Override
    public long documentsFromTemplate(long contractTypeId, String templateName) {
        return em.createQuery(
                        "SELECT COUNT(f) FROM ContractFile f WHERE f.contract.type.id = :type"
                                + " AND f.kind = :kind AND f.templateName = :name",
                        Long.class)
                .setParameter("type", contractTypeId)
                .setParameter("kind", ContractFileKind.DOCUMENT)
                .setParameter("name", templateName)
                .getSingleResult();
    }

    @Override
    public void add(ContractFile file) {
        em.persist(file);
        em.flush();
    }
}
