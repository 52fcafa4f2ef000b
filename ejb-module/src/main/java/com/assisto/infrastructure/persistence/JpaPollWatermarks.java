package com.assisto.infrastructure.persistence;

import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.PollWatermarks;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Poll watermarks in plain SQL on their table, which has no entity. */
@Dependent
public class JpaPollWatermarks implements PollWatermarks {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<LocalDate> since(ErpFlow flow) {
        List<?> rows = em.createNativeQuery("SELECT since FROM erp_poll_watermark WHERE flow = ?1")
                .setParameter(1, flow.name())
                .getResultList();
        return rows.stream().findFirst().map(JpaPollWatermarks::date);
    }

    @Override
    public void polled(ErpFlow flow, LocalDate since, Instant at) {
        int updated = em.createNativeQuery("UPDATE erp_poll_watermark SET since = ?2, polled_at = ?3 WHERE flow = ?1")
                .setParameter(1, flow.name())
                .setParameter(2, since)
                .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO erp_poll_watermark (flow, since, polled_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, flow.name())
                    .setParameter(2, since)
                    .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
