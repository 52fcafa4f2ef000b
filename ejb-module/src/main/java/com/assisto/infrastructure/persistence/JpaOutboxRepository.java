package com.assisto.infrastructure.persistence;

import com.assisto.domain.outbox.OutboxMessage;
import com.assisto.domain.outbox.OutboxRepository;
import com.assisto.domain.outbox.OutboxStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ERP outbox in JPA, written in the transaction of the document it announces. */
@Dependent
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    @Override
    public List<OutboxMessage> findAll(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : em.createQuery("SELECT m FROM OutboxMessage m WHERE m.id IN :ids", OutboxMessage.class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    @Override
    public Optional<OutboxMessage> findByReference(String type, String reference) {
        return em
                .createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.type = :type AND m.reference = :reference",
                        OutboxMessage.class)
                .setParameter("type", type)
                .setParameter("reference", reference)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<OutboxMessage> due(String type, Instant now, int limit) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.status = :pending AND m.type = :type"
                                + " AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now) ORDER BY m.id",
                        OutboxMessage.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("type", type)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Backlog backlog(String type) {
        Object[] row = em.createQuery(
                        "SELECT COUNT(m), MIN(m.createdAt) FROM OutboxMessage m"
                                + " WHERE m.status = :pending AND m.type = :type",
                        Object[].class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("type", type)
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), instant(row[1]));
    }

    private static Instant instant(Object moment) {
        if (moment instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return moment instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : null;
    }
}
