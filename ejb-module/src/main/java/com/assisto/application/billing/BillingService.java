package com.assisto.application.billing;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.ErpOutbox;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.Instalment;
import com.assisto.domain.contract.InstalmentStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The daily billing run (C12, C2): instalments whose day has come become due and are queued
 * for the ERP to invoice; quotes past their validity lapse. Running it twice on a day changes
 * nothing the second time.
 */
@Stateless
public class BillingService {

    private static final Logger LOG = Logger.getLogger(BillingService.class.getName());

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @EJB
    private ErpOutbox outbox;

    @EJB
    private AuditTrail audit;

    /** What one run did. */
    public record RunResult(LocalDate day, int instalmentsDue, int quotesLapsed) {}

    public RunResult run(LocalDate today) {
        List<Instalment> due = em.createQuery(
                        "SELECT i FROM Instalment i JOIN i.contract c WHERE i.status = :planned"
                                + " AND i.dueDate <= :today AND c.status = :active ORDER BY i.dueDate, i.id",
                        Instalment.class)
                .setParameter("planned", InstalmentStatus.PLANNED)
                .setParameter("today", today)
                .setParameter("active", ContractStatus.ACTIVE)
                .getResultList();
        int marked = 0;
        for (Instalment instalment : due) {
            if (instalment.becomeDueOn(today)) {
                outbox.queue(instalment);
                marked++;
            }
        }
        List<Contract> overdueQuotes = em.createQuery(
                        "SELECT c FROM Contract c WHERE c.status = :quote" + " AND c.quoteValidUntil < :today",
                        Contract.class)
                .setParameter("quote", ContractStatus.QUOTE)
                .setParameter("today", today)
                .getResultList();
        int lapsed = 0;
        for (Contract quote : overdueQuotes) {
            if (quote.lapseIfOverdue(today)) {
                audit.record(Contract.AUDIT_TYPE, quote.getId(), "lapsed", "valid until " + quote.getQuoteValidUntil());
                lapsed++;
            }
        }
        RunResult result = new RunResult(today, marked, lapsed);
        LOG.info(() -> "Billing run for " + today + ": " + result.instalmentsDue() + " instalments due, "
                + result.quotesLapsed() + " quotes lapsed");
        return result;
    }
}
