package com.assisto.infrastructure.persistence;

import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.Role;
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

    @Override
    public List<AppUser> activeUsersWith(Role role) {
        return em.createQuery(
                        "SELECT DISTINCT u FROM AppUser u JOIN u.roles r WHERE r = :role AND u.active = TRUE"
                                + " ORDER BY u.username",
                        AppUser.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public List<AuditEntry> priceChangesOf(String auditType, long contractId) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                                + " AND a.action = 'price changed' ORDER BY a.id",
                        AuditEntry.class)
                .setParameter("type", auditType)
                .setParameter("id", contractId)
                .getResultList();
    }
}
