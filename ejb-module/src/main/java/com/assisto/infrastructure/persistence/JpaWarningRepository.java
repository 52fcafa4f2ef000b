package com.assisto.infrastructure.persistence;

import com.assisto.domain.warning.InboxMessage;
import com.assisto.domain.warning.WarningKind;
import com.assisto.domain.warning.WarningRepository;
import com.assisto.domain.warning.WarningSent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Warnings sent and inbox messages in JPA. */
@Dependent
public class JpaWarningRepository implements WarningRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public boolean alreadySent(long contractId, WarningKind kind, int threshold) {
        return !em.createQuery(
                        "SELECT w.id FROM WarningSent w WHERE w.contractId = :id AND w.kind = :kind"
                                + " AND w.thresholdDays = :threshold",
                        Long.class)
                .setParameter("id", contractId)
                .setParameter("kind", kind)
                .setParameter("threshold", threshold)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void recordSent(WarningSent sent) {
        em.persist(sent);
        em.flush();
    }

    @Override
    public void addMessage(InboxMessage message) {
        em.persist(message);
    }

    @Override
    public List<InboxMessage> inbox(String recipient, boolean unreadOnly, int limit) {
        return em.createQuery(
                        "SELECT m FROM InboxMessage m WHERE m.recipient = :me"
                                + (unreadOnly ? " AND m.readAt IS NULL" : "") + " ORDER BY m.id DESC",
                        InboxMessage.class)
                .setParameter("me", recipient)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long unread(String recipient) {
        return em.createQuery(
                        "SELECT COUNT(m) FROM InboxMessage m WHERE m.recipient = :me AND m.readAt IS NULL", Long.class)
                .setParameter("me", recipient)
                .getSingleResult();
    }

    @Override
    public Optional<InboxMessage> findMessage(long id) {
        return Optional.ofNullable(em.find(InboxMessage.class, id));
    }
}
