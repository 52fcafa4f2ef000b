package com.assisto.application;

import com.assisto.domain.contract.NumberSeries;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a number series the first time it is drawn from, in its own transaction: when two
 * users start the same series at once, one insert wins and the other caller just uses it.
 */
@Stateless
public class NumberSeriesStarter {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void start(String seriesKey) {
        if (em.find(NumberSeries.class, seriesKey) == null) {
            em.persist(new NumberSeries(seriesKey));
        }
    }
}
