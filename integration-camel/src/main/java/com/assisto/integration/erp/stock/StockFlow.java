package com.assisto.integration.erp.stock;

import com.assisto.application.item.StockImport;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.item.StockReport;
import com.assisto.integration.erp.exchange.TranslatedFlow;
import com.assisto.integration.erp.mexal.MexalStockCsv;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** Stock per item and warehouse, and goods on order ({@code stock*.csv}, the WebAPI's {@code progressivi-articoli}). */
@Dependent
public class StockFlow extends TranslatedFlow<StockReport> {

    @Inject
    public StockFlow(StockImport stock) {
        super(
                ErpFlow.STOCK,
                "stock.*",
                "progressivi-articoli",
                new Translator<>(
                        MexalStockCsv::read, record -> List.of(MexalStockCsv.fromJson(record)), MexalStockCsv::line),
                batch -> stock.apply(batch));
    }
}
