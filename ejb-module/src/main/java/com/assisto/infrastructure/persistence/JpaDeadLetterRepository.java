package com.assisto.infrastructure.persistence;

import com.assisto.domain.exchange.DeadLetter;
import com.assisto.domain.exchange.DeadLetterRepository;
import com.assisto.domain.exchange.DeadLetterStatus;
import com.assisto.domain.exchange.ErpFlow;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The dead letters in JPA. */
@Dependent
public class JpaDeadLetterRepository implements DeadLetterRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public void add(DeadLetter deadLetter) {
        em.persist(deadLetter);
    }

    @Override
    public Optional<DeadLetter> find(long id) {
        return Optional.ofNullable(em.find(DeadLetter.class, id));
    }

    @Override
    public List<DeadLetter> page(DeadLetterStatus status, ErpFlow flow, int first, int max) {
        JpqlConditions where = where(status, flow);
        return where.bind(em.createQuery(
                        "SELECT d FROM DeadLetter d" + where.where() + " ORDER BY d.id DESC", DeadLetter.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(DeadLetterStatus status, ErpFlow flow) {
        JpqlConditions where = where(status, flow);
        return where.bind(em.createQuery("SELECT COUNT(d) FROM DeadLetter d" + where.where(), Long.class))
                .getSingleResult();
    }

    private static JpqlConditions where(DeadLetterStatus status, ErpFlow flow) {
        JpqlConditions where = new JpqlConditions();
        if (status != null) {
            where.and("d.status = :status", "status", status);
        }
        if (flow != null) {
            where.and("d.flow = :flow", "flow", flow);
        }
        return where;
    }

    @Override
    public List<DeadLetter> ofExchange(long exchangeId) {
        return em.createQuery(
                        "SELECT d FROM DeadLetter d WHERE d.exchangeId = :exchange ORDER BY d.lineNumber, d.id",
                        DeadLetter.class)
                .setParameter("exchange", exchangeId)
                .getResultList();
    }
}
