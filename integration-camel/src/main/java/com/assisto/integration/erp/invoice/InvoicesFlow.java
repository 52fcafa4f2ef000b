package com.assisto.integration.erp.invoice;

import com.assisto.application.warranty.IntakeResult;
import com.assisto.application.warranty.WarrantyIntake;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.assisto.integration.erp.exchange.Parsed;
import com.assisto.integration.erp.exchange.TranslatedFlow;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The invoices of sold equipment (W1, {@code invoice*.csv}): each invoice is received on its own,
 * all or nothing, in a transaction of its own — a refused invoice creates nothing and becomes a
 * dead letter naming each problem's line and column, the others go through; an invoice received
 * before creates nothing new and counts as unchanged. They come by file (or by
 * {@code POST /api/invoices}); the WebAPI has no resource for them.
 */
@Dependent
public class InvoicesFlow extends TranslatedFlow<InvoiceRecord> {

    @Inject
    public InvoicesFlow(WarrantyIntake intake) {
        super(
                ErpFlow.INVOICES,
                "invoice.*",
                null,
                new Translator<>(
                        InvoiceCsv::read,
                        record -> List.of(Parsed.unreadable(
                                null,
                                null,
                                record.toString(),
                                Message.of(
                                        "exchange.label",
                                        "invoices come as files " + InvoiceCsv.HEADER + " or by POST /api/invoices"))),
                        InvoiceCsv::rows),
                batch -> receive(intake, batch));
    }

    private static BatchOutcome receive(WarrantyIntake intake, List<InvoiceRecord> invoices) {
        BatchOutcome outcome = new BatchOutcome();
        for (int index = 0; index < invoices.size(); index++) {
            InvoiceRecord invoice = invoices.get(index);
            try {
                IntakeResult result = intake.receive(invoice.document(), "ERP invoices");
                if (result.alreadyReceived()) {
                    outcome.unchanged();
                } else {
                    outcome.applied();
                }
            } catch (EJBException | ValidationException refused) {
                Throwable cause =
                        refused instanceof EJBException && refused.getCause() != null ? refused.getCause() : refused;
                outcome.refuse(index, reason(invoice, cause));
            }
        }
        return outcome;
    }

    /** Every problem of a refused invoice, each naming its line and column in the file. */
    private static Message reason(InvoiceRecord invoice, Throwable cause) {
        if (!(cause instanceof ValidationException invalid)) {
            return Message.of("exchange.label", String.valueOf(cause.getMessage()));
        }
        Message reason = null;
        for (FieldError error : invalid.getErrors()) {
            Message one = Message.of("import.fieldError", invoice.fileField(error.field()), error.problem());
            reason = reason == null ? one : Message.of("import.fieldErrors", reason, one);
        }
        return reason;
    }
}
