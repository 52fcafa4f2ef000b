package com.assisto.application.warning;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.Instalment;
import com.assisto.domain.contract.InstalmentStatus;
import com.assisto.domain.customer.CreditStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Instalments billed but not known to be paid, and the customer's overdue amount from the ERP's credit data. */
@ApplicationScoped
public class InstalmentIncidents implements TermIncidentSource {

    @Override
    public List<TermIncident> incidents(Contract contract) {
        List<TermIncident> found = new ArrayList<>();
        for (Instalment instalment : contract.getInstalments()) {
            if (instalment.getStatus() != InstalmentStatus.PLANNED) {
                found.add(new TermIncident(
                        "Instalments",
                        "instalment " + instalment.getSequence() + " due " + instalment.getDueDate() + " is "
                                + instalment.getStatus(),
                        instalment.getAmount()));
            }
        }
        CreditStatus credit = contract.getCustomer().getCredit();
        if (credit != null
                && credit.getOverdueAmount() != null
                && credit.getOverdueAmount().signum() > 0) {
            found.add(new TermIncident(
                    "Payments",
                    "the customer has " + credit.getOverdueAmount() + " overdue"
                            + (credit.isBlocked() ? " and is blocked" : ""),
                    credit.getOverdueAmount()));
        } else if (credit != null && credit.isBlocked()) {
            found.add(new TermIncident("Payments", "the customer is blocked", BigDecimal.ZERO));
        }
        return found;
    }
}
