package com.assisto.infrastructure.persistence;

import com.assisto.domain.exchange.ErpExchange;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeOutcome;
import com.assisto.domain.exchange.ExchangeRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The exchange log in JPA. */
@Dependent
public class JpaExchangeRepository implements ExchangeRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public void add(ErpExchange exchange) {
        em.persist(exchange);
        em.flush();
    }

    @Override
    public Optional<ErpExchange> find(long id) {
        return Optional.ofNullable(em.find(ErpExchange.class, id));
    }

    @Override
    public List<ErpExchange> recent(ErpFlow flow, int first, int max) {
        JpqlConditions where = ofFlow(flow);
        return where.bind(em.createQuery(
                        "SELECT e FROM ErpExchange e" + where.where() + " ORDER BY e.startedAt DESC, e.id DESC",
                        ErpExchange.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(ErpFlow flow) {
        JpqlConditions where = ofFlow(flow);
        return where.bind(em.createQuery("SELECT COUNT(e) FROM ErpExchange e" + where.where(), Long.class))
                .getSingleResult();
    }

    private static JpqlConditions ofFlow(ErpFlow flow) {
        JpqlConditions where = new JpqlConditions();
        return flow == null ? where : where.and("e.flow = :flow", "flow", flow);
    }

    @Override
    public Optional<ErpExchange> last(ErpFlow flow, List<ExchangeOutcome> outcomes) {
        return em
                .createQuery(
                        "SELECT e FROM ErpExchange e WHERE e.flow = :flow AND e.outcome IN :outcomes"
                                + " ORDER BY e.startedAt DESC, e.id DESC",
                        ErpExchange.class)
                .setParameter("flow", flow)
                .setParameter("outcomes", outcomes)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }
}
