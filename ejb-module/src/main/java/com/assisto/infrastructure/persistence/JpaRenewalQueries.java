package com.assisto.infrastructure.persistence;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.renewal.RenewalCursor;
import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RenewalQueries;
import com.assisto.domain.renewal.RenewalResult;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The renewal run's reads in JPA. The searches seek on (end date or anniversary, id), the order
 * of the indexes the contract list uses, so a chunk deep in a large run costs what the first
 * costs; a chunk's contracts are loaded with their lines or instalments in batches.
 */
@Dependent
public class JpaRenewalQueries implements RenewalQueries {

    /**
     * A running contract's latest outcome says it waits for an index value (parameters
     * {@code waiting} and {@code active}); the dashboard counts what the renewal page lists.
     */
    static final String WAITING = "o.result = :waiting AND o.id = (SELECT MAX(p.id) FROM RenewalOutcome p"
            + " WHERE p.contractId = o.contractId) AND EXISTS (SELECT c FROM Contract c"
            + " WHERE c.id = o.contractId AND c.status = :active)";

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<RenewalCursor> dueAfter(LocalDate day, RenewalCursor cursor, int size) {
        return positions(em.createQuery(
                        "SELECT c.endDate, c.id FROM Contract c WHERE c.status = :active AND c.endDate < :day"
                                + " AND (c.endDate > :end OR (c.endDate = :end AND c.id > :id)) ORDER BY c.endDate, c.id",
                        Object[].class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", day)
                .setParameter("end", cursor.date())
                .setParameter("id", cursor.id())
                .setMaxResults(size)
                .getResultList());
    }

    @Override
    public List<RenewalCursor> dueSuccessorsAfter(long runId, LocalDate day, RenewalCursor cursor, int size) {
        return positions(em.createQuery(
                        "SELECT c.endDate, c.id FROM Contract c WHERE c.status = :active AND c.endDate < :day"
                                + " AND (c.endDate > :end OR (c.endDate = :end AND c.id > :id))"
                                + " AND c.id IN (SELECT o.successorId FROM RenewalOutcome o WHERE o.runId = :run AND o.result IN :made)"
                                + " AND NOT EXISTS (SELECT p.id FROM RenewalOutcome p WHERE p.runId = :run AND p.contractId = c.id)"
                                + " ORDER BY c.endDate, c.id",
                        Object[].class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", day)
                .setParameter("end", cursor.date())
                .setParameter("id", cursor.id())
                .setParameter("run", runId)
                .setParameter("made", List.of(RenewalResult.RENEWED, RenewalResult.CONVERTED))
                .setMaxResults(size)
                .getResultList());
    }

    @Override
    public List<RenewalCursor> anniversariesAfter(LocalDate day, RenewalCursor cursor, int size) {
        return positions(em.createQuery(
                        "SELECT c.indexLinkage.nextAnniversary, c.id FROM Contract c WHERE c.status = :active"
                                + " AND c.indexLinkage.nextAnniversary <= :day AND (c.indexLinkage.nextAnniversary > :at OR (c.indexLinkage.nextAnniversary = :at AND c.id > :id))"
                                + " ORDER BY c.indexLinkage.nextAnniversary, c.id",
                        Object[].class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", day)
                .setParameter("at", cursor.date())
                .setParameter("id", cursor.id())
                .setMaxResults(size)
                .getResultList());
    }

    private static List<RenewalCursor> positions(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new RenewalCursor((LocalDate) row[0], (Long) row[1]))
                .toList();
    }

    @Override
    public List<Contract> forRenewal(List<Long> ids) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.id IN :ids ORDER BY c.id", Contract.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.lines")
                .setHint("eclipselink.batch", "c.lines.item")
                .setHint("eclipselink.batch", "c.lines.equipment")
                .setHint("eclipselink.join-fetch", "c.customer")
                .getResultList();
    }

    @Override
    public List<Contract> forRevaluation(List<Long> ids) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.id IN :ids ORDER BY c.id", Contract.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.instalments")
                .getResultList();
    }

    @Override
    public List<RenewalOutcome> waiting() {
        return em.createQuery(
                        "SELECT o FROM RenewalOutcome o WHERE " + WAITING + " ORDER BY o.contractNumber",
                        RenewalOutcome.class)
                .setParameter("waiting", RenewalResult.WAITING)
                .setParameter("active", ContractStatus.ACTIVE)
                .getResultList();
    }
}
