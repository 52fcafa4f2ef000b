package com.assisto.infrastructure.persistence;

import com.assisto.domain.outbox.OutboxMessage;
import com.assisto.domain.outbox.OutboxRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The ERP outbox in JPA, written in the transaction of the document it announces. */
@Dependent
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }
}
