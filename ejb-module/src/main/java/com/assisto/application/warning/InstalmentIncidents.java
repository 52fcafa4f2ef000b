package com.assisto.application.warning;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.Instalment;
import com.assisto.domain.contract.InstalmentStatus;
import com.assisto.domain.customer.CreditStatus;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
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
                        Message.of("warning.section.instalments"),
                        Message.of(
                                "warning.instalment",
                                instalment.getSequence(),
                                Figures.date(instalment.getDueDate()),
                                instalment.getStatus()),
                        instalment.getAmount()));
            }
        }
        CreditStatus credit = contract.getCustomer().getCredit();
        if (credit != null
                && credit.getOverdueAmount() != null
                && credit.getOverdueAmount().signum() > 0) {
            found.add(new TermIncident(
                    Message.of("warning.section.payments"),
                    Message.of(
                            credit.isBlocked() ? "warning.overdueBlocked" : "warning.overdue",
                            credit.getOverdueAmount()),
                    credit.getOverdueAmount()));
        } else if (credit != null && credit.isBlocked()) {
            found.add(new TermIncident(
                    Message.of("warning.section.payments"), Message.of("warning.blocked"), BigDecimal.ZERO));
        }
        return found;
    }
}
