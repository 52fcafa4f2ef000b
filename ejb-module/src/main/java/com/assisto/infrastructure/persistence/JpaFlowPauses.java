package com.assisto.infrastructure.persistence;

import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.FlowPauses;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Paused flows in plain SQL on their table, which has no entity. */
@Dependent
public class JpaFlowPauses implements FlowPauses {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public void pause(ErpFlow flow, String reason, Instant at) {
        if (!isPaused(flow)) {
            em.createNativeQuery("INSERT INTO erp_flow_pause (flow, reason, paused_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, flow.name())
                    .setParameter(2, reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                    .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    @Override
    public void resume(ErpFlow flow) {
        em.createNativeQuery("DELETE FROM erp_flow_pause WHERE flow = ?1")
                .setParameter(1, flow.name())
                .executeUpdate();
    }

    @Override
    public boolean isPaused(ErpFlow flow) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM erp_flow_pause WHERE flow = ?1")
                                .setParameter(1, flow.name())
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    @Override
    public Map<ErpFlow, String> all() {
        Map<ErpFlow, String> paused = new EnumMap<>(ErpFlow.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("SELECT flow, reason FROM erp_flow_pause").getResultList();
        rows.forEach(row -> paused.put(ErpFlow.valueOf((String) row[0]), (String) row[1]));
        return paused;
    }
}
