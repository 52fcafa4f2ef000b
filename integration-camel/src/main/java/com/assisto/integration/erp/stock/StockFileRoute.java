package com.assisto.integration.erp.stock;

import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.application.item.StockImport;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.item.StockReport;
import com.assisto.integration.erp.exchange.DropFolderRoute;
import com.assisto.integration.erp.exchange.InboundRun;
import com.assisto.integration.erp.exchange.Parsed;
import com.assisto.integration.erp.mexal.MexalStockCsv;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/** The {@code stock*.csv} drop folder: stock per item and warehouse, and goods on order. */
@Dependent
public class StockFileRoute extends DropFolderRoute<StockReport> {

    private final StockImport stock;

    @Inject
    public StockFileRoute(InboundRun run, ExchangeJournal journal, StockImport stock) {
        super(run, journal);
        this.stock = stock;
    }

    @Override
    protected ErpFlow flow() {
        return ErpFlow.STOCK;
    }

    @Override
    protected String fileNames() {
        return "stock.*\\.csv";
    }

    @Override
    protected Iterator<Parsed<StockReport>> records(InputStream file) {
        return MexalStockCsv.read(file);
    }

    @Override
    protected BatchOutcome apply(List<StockReport> batch) {
        return stock.apply(batch);
    }
}
