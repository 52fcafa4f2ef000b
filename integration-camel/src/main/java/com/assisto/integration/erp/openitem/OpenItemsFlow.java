package com.assisto.integration.erp.openitem;

import com.assisto.application.customer.OpenItemImport;
import com.assisto.domain.customer.OpenItemReport;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.integration.erp.exchange.TranslatedFlow;
import com.assisto.integration.erp.mexal.MexalOpenItems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The customers' instalments ({@code open_items*.csv}, the WebAPI's {@code scadenzario}), which give their credit status. */
@Dependent
public class OpenItemsFlow extends TranslatedFlow<OpenItemReport> {

    @Inject
    public OpenItemsFlow(OpenItemImport openItems) {
        super(
                ErpFlow.OPEN_ITEMS,
                "open.?items.*",
                "scadenzario",
                new Translator<>(MexalOpenItems::read, MexalOpenItems::fromJson, MexalOpenItems::line),
                batch -> openItems.apply(batch));
    }
}
