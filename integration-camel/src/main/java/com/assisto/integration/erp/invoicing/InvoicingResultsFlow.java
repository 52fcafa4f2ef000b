package com.assisto.integration.erp.invoicing;

import com.assisto.application.exchange.InvoicingResults;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.InvoicingResult;
import com.assisto.integration.erp.exchange.TranslatedFlow;
import com.assisto.integration.erp.mexal.MexalInvoicingResults;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The invoices the ERP made of what Assisto sent ({@code invoicing_results*.csv}, the WebAPI's
 * {@code documenti/esiti-fatturazione}): each instalment and delivery note takes its invoice's
 * number and date. */
@Dependent
public class InvoicingResultsFlow extends TranslatedFlow<InvoicingResult> {

    @Inject
    public InvoicingResultsFlow(InvoicingResults results) {
        super(
                ErpFlow.INVOICING_RESULTS,
                "invoicing.?results.*",
                "documenti/esiti-fatturazione",
                new Translator<>(
                        MexalInvoicingResults::read,
                        record -> List.of(MexalInvoicingResults.fromJson(record)),
                        MexalInvoicingResults::line),
                batch -> results.apply(batch));
    }
}
