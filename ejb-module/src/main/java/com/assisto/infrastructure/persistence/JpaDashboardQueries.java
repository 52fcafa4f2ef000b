package com.assisto.infrastructure.persistence;

import com.assisto.application.reporting.DashboardQueries;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.InstalmentStatus;
import com.assisto.domain.renewal.RenewalResult;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard's counts in JPA: each answered by the database, no entity loaded. */
@Dependent
public class JpaDashboardQueries implements DashboardQueries {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Map<LocalDate, Long> runningContractsEndingPerDay(LocalDate first, LocalDate last) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        em.createQuery(
                        "SELECT c.endDate, COUNT(c) FROM Contract c WHERE c.status = :active"
                                + " AND c.endDate BETWEEN :first AND :last GROUP BY c.endDate",
                        Object[].class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList()
                .forEach(row -> perDay.put((LocalDate) row[0], (Long) row[1]));
        return perDay;
    }

    @Override
    public long quotesAwaitingAnswer() {
        return em.createQuery("SELECT COUNT(c) FROM Contract c WHERE c.status = :quote", Long.class)
                .setParameter("quote", ContractStatus.QUOTE)
                .getSingleResult();
    }

    @Override
    public long instalmentsDue() {
        return em.createQuery("SELECT COUNT(i) FROM Instalment i WHERE i.status = :due", Long.class)
                .setParameter("due", InstalmentStatus.DUE)
                .getSingleResult();
    }

    @Override
    public long contractsWaitingForIndex() {
        return em.createQuery("SELECT COUNT(o) FROM RenewalOutcome o WHERE " + JpaRenewalQueries.WAITING, Long.class)
                .setParameter("waiting", RenewalResult.WAITING)
                .setParameter("active", ContractStatus.ACTIVE)
                .getSingleResult();
    }
}
