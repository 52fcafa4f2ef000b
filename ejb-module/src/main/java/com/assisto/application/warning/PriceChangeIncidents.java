package com.assisto.application.warning;

import com.assisto.domain.audit.AuditEntryRepository;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Prices set by hand during the term and prices the last renewal moved, with how. */
@ApplicationScoped
public class PriceChangeIncidents implements TermIncidentSource {

    @Inject
    private AuditEntryRepository audit;

    @Override
    public List<TermIncident> incidents(Contract contract) {
        List<TermIncident> found = new ArrayList<>();
        Message section = Message.of("warning.section.priceChanges");
        audit.entries(Contract.AUDIT_TYPE, contract.getId(), Contract.PRICE_CHANGED_ACTION)
                .forEach(entry -> found.add(new TermIncident(
                        section, Message.of("warning.priceChanged", entry.detail(), entry.getChangedBy()), null)));
        for (ContractLine line : contract.coveredLines()) {
            Message basis = line.getPrice().getRenewalBasis();
            if (basis != null) {
                found.add(new TermIncident(
                        section,
                        Message.of("warning.renewedPrice", line.getDescription(), basis),
                        line.getPrice().getAmount()));
            }
        }
        return found;
    }
}
