package com.assisto.application.warning;

import com.assisto.domain.contract.ContractStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily warning run: finds the running contracts whose end is within the longest warning
 * period anyone configured and lets {@link Warnings} decide, contract by contract, what is due.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarningRun {

    private static final Logger LOG = Logger.getLogger(WarningRun.class.getName());

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @EJB
    private Warnings warnings;

    /** What one run sent. */
    public record Result(LocalDate day, int expiryWarnings, int administrativeWarnings, int failures) {}

    public Result run(LocalDate day) {
        int horizon = horizon();
        List<Long> candidates = em.createQuery(
                        "SELECT c.id FROM Contract c WHERE c.status = :active"
                                + " AND c.endDate >= :day AND c.endDate <= :last ORDER BY c.endDate, c.id",
                        Long.class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", day)
                .setParameter("last", day.plusDays(horizon))
                .getResultList();
        int expiry = 0;
        int administrative = 0;
        int failures = 0;
        for (Long id : candidates) {
            try {
                expiry += warnings.expiry(id, day) ? 1 : 0;
                administrative += warnings.administrative(id, day) ? 1 : 0;
            } catch (EJBException failed) {
                failures++;
                LOG.log(Level.WARNING, "Warnings of contract " + id + " failed; the next run tries again", failed);
            }
        }
        Result result = new Result(day, expiry, administrative, failures);
        LOG.info(() -> "Warning run for " + day + ": " + result);
        return result;
    }

    /** The longest warning period configured anywhere: contracts ending later need no look today. */
    private int horizon() {
        Integer items = em.createQuery("SELECT MAX(i.warningDays) FROM Item i", Integer.class)
                .getSingleResult();
        Integer types = em.createQuery("SELECT MAX(t.warningDays) FROM ContractType t", Integer.class)
                .getSingleResult();
        Integer admin = em.createQuery("SELECT MAX(t.adminWarningDays) FROM ContractType t", Integer.class)
                .getSingleResult();
        Integer contracts = em.createQuery(
                        "SELECT MAX(c.warningDays) FROM Contract c WHERE c.status = :active", Integer.class)
                .setParameter("active", ContractStatus.ACTIVE)
                .getSingleResult();
        int horizon = Warnings.DEFAULT_WARNING_DAYS;
        for (Integer days : new Integer[] {items, types, admin, contracts}) {
            if (days != null && days > horizon) {
                horizon = days;
            }
        }
        return horizon;
    }
}
