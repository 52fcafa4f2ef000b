package com.assisto.application.warning;

import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** Prices set by hand during the term and prices the last renewal moved, with how. */
@ApplicationScoped
public class PriceChangeIncidents implements TermIncidentSource {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<TermIncident> incidents(Contract contract) {
        List<TermIncident> found = new ArrayList<>();
        em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                                + " AND a.action = 'price changed' ORDER BY a.id",
                        AuditEntry.class)
                .setParameter("type", Contract.AUDIT_TYPE)
                .setParameter("id", contract.getId())
                .getResultStream()
                .forEach(entry -> found.add(new TermIncident(
                        "Price changes", entry.getDetail() + " (" + entry.getChangedBy() + ")", null)));
        for (ContractLine line : contract.coveredLines()) {
            if (line.getPrice().getRenewalBasis() != null) {
                found.add(new TermIncident(
                        "Price changes",
                        line.getDescription() + ": " + line.getPrice().getRenewalBasis(),
                        line.getPrice().getAmount()));
            }
        }
        return found;
    }
}
