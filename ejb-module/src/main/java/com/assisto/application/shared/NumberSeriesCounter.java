package com.assisto.application.shared;

import com.assisto.domain.contracttype.NumberSeries;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.sessions.Session;

/**
 * Draws the next value of a number series in a transaction of its own, so the series row is
 * locked only for the moment of the draw and concurrent users do not queue behind each other's
 * whole transactions. The price: a creation that fails after drawing leaves a gap.
 */
@Stateless
public class NumberSeriesCounter {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    /** Reserves a block of consecutive values and returns the first: a renewal chunk numbers all its contracts with one draw. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserve(String seriesKey, int count) {
        if (em.unwrap(Session.class).getPlatform().isPostgreSQL()) {
            // The draw need not wait for its own disk flush: PostgreSQL writes its log in order,
            // so the commit of the document that uses the number flushes the draw with it, and a
            // crash before that loses only a number nobody used.
            em.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
        }
        NumberSeries series = em.find(NumberSeries.class, seriesKey, LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            // the first draw of a series; if another user starts it at the same moment, this
            // insert fails at commit and the caller draws again from the row the other one made
            series = new NumberSeries(seriesKey);
            em.persist(series);
        }
        return series.reserve(count);
    }
}
