package com.assisto.integration.erp.invoicing;

import com.assisto.application.exchange.InvoicingResults;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.InvoicingResult;
import com.assisto.integration.erp.exchange.InboundFlow;
import com.assisto.integration.erp.exchange.Parsed;
import com.assisto.integration.erp.exchange.Payloads;
import com.assisto.integration.erp.mexal.MexalInvoicingResults;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The invoices the ERP made of what Assisto sent ({@code invoicing_results*.csv}, the WebAPI's
 * {@code documenti/esiti-fatturazione}): each instalment and delivery note takes its invoice's
 * number and date.
 */
@Dependent
public class InvoicingResultsFlow implements InboundFlow<InvoicingResult> {

    private final InvoicingResults results;

    @Inject
    public InvoicingResultsFlow(InvoicingResults results) {
        this.results = results;
    }

    @Override
    public ErpFlow flow() {
        return ErpFlow.INVOICING_RESULTS;
    }

    @Override
    public String fileNames() {
        return "invoicing.?results.*\\.csv";
    }

    @Override
    public Iterator<Parsed<InvoicingResult>> fromFile(InputStream file) {
        return MexalInvoicingResults.read(file);
    }

    @Override
    public Optional<String> webApiResource() {
        return Optional.of("documenti/esiti-fatturazione");
    }

    @Override
    public List<Parsed<InvoicingResult>> fromJson(JsonObject record) {
        return List.of(MexalInvoicingResults.fromJson(record));
    }

    @Override
    public Parsed<InvoicingResult> fromPayload(String payload, String key) {
        return Payloads.read(payload, key, this::fromJson, MexalInvoicingResults::line);
    }

    @Override
    public BatchOutcome apply(List<InvoicingResult> batch) {
        return results.apply(batch);
    }
}
