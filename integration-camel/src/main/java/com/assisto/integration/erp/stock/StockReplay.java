package com.assisto.integration.erp.stock;

import com.assisto.application.item.StockImport;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.Transport;
import com.assisto.integration.erp.RecordReplay;
import com.assisto.integration.erp.exchange.InboundRun;
import com.assisto.integration.erp.mexal.MexalStockCsv;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** A stock line of a dead letter applied again. */
@Dependent
public class StockReplay implements RecordReplay {

    private final InboundRun run;
    private final StockImport stock;

    @Inject
    public StockReplay(InboundRun run, StockImport stock) {
        this.run = run;
        this.stock = stock;
    }

    @Override
    public ErpFlow flow() {
        return ErpFlow.STOCK;
    }

    @Override
    public void replay(String payload, String source) {
        run.run(
                flow(),
                Transport.FILE,
                source,
                List.of(MexalStockCsv.line(payload.strip())).iterator(),
                stock::apply,
                1);
    }
}
