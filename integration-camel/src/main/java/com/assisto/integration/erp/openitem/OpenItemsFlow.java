package com.assisto.integration.erp.openitem;

import com.assisto.application.customer.OpenItemImport;
import com.assisto.domain.customer.OpenItemReport;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.integration.erp.exchange.InboundFlow;
import com.assisto.integration.erp.exchange.Parsed;
import com.assisto.integration.erp.exchange.Payloads;
import com.assisto.integration.erp.mexal.MexalOpenItems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The customers' instalments ({@code open_items*.csv}, the WebAPI's {@code scadenzario}), which give their credit status. */
@Dependent
public class OpenItemsFlow implements InboundFlow<OpenItemReport> {

    private final OpenItemImport openItems;

    @Inject
    public OpenItemsFlow(OpenItemImport openItems) {
        this.openItems = openItems;
    }

    @Override
    public ErpFlow flow() {
        return ErpFlow.OPEN_ITEMS;
    }

    @Override
    public String fileNames() {
        return "open.?items.*\\.csv";
    }

    @Override
    public Iterator<Parsed<OpenItemReport>> fromFile(InputStream file) {
        return MexalOpenItems.read(file);
    }

    @Override
    public Optional<String> webApiResource() {
        return Optional.of("scadenzario");
    }

    @Override
    public List<Parsed<OpenItemReport>> fromJson(JsonObject record) {
        return MexalOpenItems.fromJson(record);
    }

    @Override
    public Parsed<OpenItemReport> fromPayload(String payload, String key) {
        return Payloads.read(payload, key, MexalOpenItems::fromJson, MexalOpenItems::line);
    }

    @Override
    public BatchOutcome apply(List<OpenItemReport> batch) {
        return openItems.apply(batch);
    }
}
