package com.assisto.application.billing;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.ErpOutbox;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.Instalment;
import com.assisto.domain.shared.Message;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily billing run (C12, C2): instalments whose day has come become due and are queued
 * for the ERP to invoice; quotes past their validity lapse. Running it twice on a day changes
 * nothing the second time.
 */
@Stateless
public class BillingService {

    private static final Logger LOG = Logger.getLogger(BillingService.class.getName());

    @Inject
    private BillingQueries queries;

    @EJB
    private ErpOutbox outbox;

    @EJB
    private AuditTrail audit;

    /** What one run did. */
    public record RunResult(LocalDate day, int instalmentsDue, int quotesLapsed) {}

    public RunResult run(LocalDate today) {
        int marked = 0;
        for (Instalment instalment : queries.instalmentsDue(today)) {
            if (instalment.becomeDueOn(today)) {
                outbox.queue(instalment);
                marked++;
            }
        }
        int lapsed = 0;
        for (Contract quote : queries.quotesPastValidity(today)) {
            if (quote.lapseIfOverdue(today)) {
                audit.record(
                        Contract.AUDIT_TYPE,
                        quote.getId(),
                        "lapsed",
                        Message.of("audit.lapsed", quote.getQuoteValidUntil()));
                lapsed++;
            }
        }
        RunResult result = new RunResult(today, marked, lapsed);
        LOG.info(() -> "Billing run for " + today + ": " + result.instalmentsDue() + " instalments due, "
                + result.quotesLapsed() + " quotes lapsed");
        return result;
    }
}
