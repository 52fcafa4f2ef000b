package com.assisto.infrastructure.persistence;

import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RenewalResult;
import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.renewal.RenewalRunRepository;
import com.assisto.domain.renewal.RunStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renewal runs and their outcomes in JPA. */
@Dependent
public class JpaRenewalRunRepository implements RenewalRunRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<RenewalRun> find(long id) {
        return Optional.ofNullable(em.find(RenewalRun.class, id));
    }

    @Override
    public void add(RenewalRun run) {
        em.persist(run);
        em.flush();
    }

    @Override
    public List<RenewalRun> runningOn(String runner) {
        return em.createQuery(
                        "SELECT r FROM RenewalRun r WHERE r.status = :running AND (r.runner = :runner OR r.runner IS NULL)"
                                + " ORDER BY r.id",
                        RenewalRun.class)
                .setParameter("running", RunStatus.RUNNING)
                .setParameter("runner", runner)
                .getResultList();
    }

    @Override
    public boolean interrupt(long runId, String runner, Instant now) {
        return em.createQuery(
                                "UPDATE RenewalRun r SET r.status = :interrupted, r.finishedAt = :now"
                                        + " WHERE r.id = :id AND r.status = :running AND (r.runner = :runner OR r.runner IS NULL)")
                        .setParameter("interrupted", RunStatus.INTERRUPTED)
                        .setParameter("now", now.atOffset(ZoneOffset.UTC))
                        .setParameter("id", runId)
                        .setParameter("running", RunStatus.RUNNING)
                        .setParameter("runner", runner)
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<RenewalRun> latest(int limit) {
        return em.createQuery("SELECT r FROM RenewalRun r ORDER BY r.id DESC", RenewalRun.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addCounts(long runId, Map<RenewalResult, Integer> counts) {
        em.createQuery(
                        "UPDATE RenewalRun r SET r.renewed = r.renewed + :renewed, r.converted = r.converted + :converted,"
                                + " r.expired = r.expired + :expired, r.revalued = r.revalued + :revalued,"
                                + " r.waiting = r.waiting + :waiting, r.failed = r.failed + :failed WHERE r.id = :run")
                .setParameter("renewed", counts.getOrDefault(RenewalResult.RENEWED, 0))
                .setParameter("converted", counts.getOrDefault(RenewalResult.CONVERTED, 0))
                .setParameter("expired", counts.getOrDefault(RenewalResult.EXPIRED, 0))
                .setParameter("revalued", counts.getOrDefault(RenewalResult.REVALUED, 0))
                .setParameter("waiting", counts.getOrDefault(RenewalResult.WAITING, 0))
                .setParameter("failed", counts.getOrDefault(RenewalResult.FAILED, 0))
                .setParameter("run", runId)
                .executeUpdate();
    }

    @Override
    public void addOutcome(RenewalOutcome outcome) {
        em.persist(outcome);
    }

    @Override
    public List<RenewalOutcome> outcomesAfter(long runId, RenewalResult result, long afterId, int limit) {
        return ofRun(
                        "SELECT o FROM RenewalOutcome o WHERE o.runId = :run AND o.id > :after"
                                + (result == null ? "" : " AND o.result = :result") + " ORDER BY o.id",
                        RenewalOutcome.class,
                        runId,
                        result)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<RenewalOutcome> outcomesPage(long runId, RenewalResult result, int first, int limit) {
        return ofRun(
                        "SELECT o FROM RenewalOutcome o WHERE o.runId = :run"
                                + (result == null ? "" : " AND o.result = :result") + " ORDER BY o.id",
                        RenewalOutcome.class,
                        runId,
                        result)
                .setFirstResult(first)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOutcomes(long runId, RenewalResult result) {
        return ofRun(
                        "SELECT COUNT(o) FROM RenewalOutcome o WHERE o.runId = :run"
                                + (result == null ? "" : " AND o.result = :result"),
                        Long.class,
                        runId,
                        result)
                .getSingleResult();
    }

    /** A query on one run's outcomes, of one result when it is not null. */
    private <T> TypedQuery<T> ofRun(String jpql, Class<T> type, long runId, RenewalResult result) {
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("run", runId);
        return result == null ? query : query.setParameter("result", result);
    }

    @Override
    public List<RenewalOutcome> outcomesOf(long contractId) {
        return em.createQuery(
                        "SELECT o FROM RenewalOutcome o WHERE o.contractId = :id ORDER BY o.id DESC",
                        RenewalOutcome.class)
                .setParameter("id", contractId)
                .getResultList();
    }
}
