package com.assisto.infrastructure.persistence;

import com.assisto.domain.contracttype.NumberSeries;
import com.assisto.domain.contracttype.NumberSeriesRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.sessions.Session;

/** Number series in JPA; a draw holds a pessimistic write lock on the series row. */
@Dependent
public class JpaNumberSeriesRepository implements NumberSeriesRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public NumberSeries lockForDraw(String seriesKey) {
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
        return series;
    }
}
