package com.assisto.application.shared;

import com.assisto.domain.audit.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Writes and reads the audit trail, in the caller's transaction so a change and its record go together. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Inject
    private CallerScope caller;

    public void record(String entityType, long entityId, String action, String detail) {
        em.persist(new AuditEntry(entityType, entityId, Instant.now(), caller.callerName(), action, detail));
    }

    /** The record's history, newest first. */
    public List<AuditEntry> history(String entityType, long entityId) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                                + " ORDER BY a.id DESC",
                        AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }
}
