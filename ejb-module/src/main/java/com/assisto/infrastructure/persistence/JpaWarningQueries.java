package com.assisto.infrastructure.persistence;

import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.warning.WarningQueries;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The warnings' reads of other aggregates in JPA. */
@Dependent
public class JpaWarningQueries implements WarningQueries {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<Long> runningContractsEnding(LocalDate first, LocalDate last) {
        return em.createQuery(
                        "SELECT c.id FROM Contract c WHERE c.status = :active"
                                + " AND c.endDate >= :day AND c.endDate <= :last ORDER BY c.endDate, c.id",
                        Long.class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", first)
                .setParameter("last", last)
                .getResultList();
    }

    @Override
    public int longestWarningDays(int atLeast) {
        Integer items = em.createQuery("SELECT MAX(i.warningDays) FROM Item i", Integer.class)
                .getSingleResult();
        Integer types = em.createQuery("SELECT MAX(t.warningDays) FROM ContractType t", Integer.class)
                .getSingleResult();
        Integer admin = em.createQuery("SELECT MAX(t.adminWarningDays) FROM ContractType t", Integer.class)
                .getSingleResult();
        Integer contracts = em.createQuery(
                        "SELECT MAX(c.warnings.warningDays) FROM Contract c WHERE c.status = :active", Integer.class)
                .setParameter("active", ContractStatus.ACTIVE)
                .getSingleResult();
        return Stream.of(items, types, admin, contracts)
                .filter(days -> days != null)
                .reduce(atLeast, Math::max);
    }
}
