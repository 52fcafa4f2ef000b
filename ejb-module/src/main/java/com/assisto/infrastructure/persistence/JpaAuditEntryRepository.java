package com.assisto.infrastructure.persistence;

import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.audit.AuditEntryRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The audit trail in JPA. */
@Dependent
public class JpaAuditEntryRepository implements AuditEntryRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> history(String entityType, long entityId) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                                + " ORDER BY a.id DESC",
                        AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    @Override
    public List<AuditEntry> entries(String entityType, long entityId, String action) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                                + " AND a.action = :action ORDER BY a.id",
                        AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setParameter("action", action)
                .getResultList();
    }
}
