package com.assisto.integration.erp.stock;

import com.assisto.application.item.StockImport;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.item.StockReport;
import com.assisto.integration.erp.exchange.InboundFlow;
import com.assisto.integration.erp.exchange.Parsed;
import com.assisto.integration.erp.exchange.Payloads;
import com.assisto.integration.erp.mexal.MexalStockCsv;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Stock per item and warehouse, and goods on order ({@code stock*.csv}, the WebAPI's {@code progressivi-articoli}). */
@Dependent
public class StockFlow implements InboundFlow<StockReport> {

    private final StockImport stock;

    @Inject
    public StockFlow(StockImport stock) {
        this.stock = stock;
    }

    @Override
    public ErpFlow flow() {
        return ErpFlow.STOCK;
    }

    @Override
    public String fileNames() {
        return "stock.*\\.csv";
    }

    @Override
    public Iterator<Parsed<StockReport>> fromFile(InputStream file) {
        return MexalStockCsv.read(file);
    }

    @Override
    public Optional<String> webApiResource() {
        return Optional.of("progressivi-articoli");
    }

    @Override
    public List<Parsed<StockReport>> fromJson(JsonObject record) {
        return List.of(MexalStockCsv.fromJson(record));
    }

    @Override
    public Parsed<StockReport> fromPayload(String payload, String key) {
        return Payloads.read(payload, key, this::fromJson, MexalStockCsv::line);
    }

    @Override
    public BatchOutcome apply(List<StockReport> batch) {
        return stock.apply(batch);
    }
}
