package com.assisto.integration.erp.item;

import com.assisto.application.item.ItemImport;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.item.ItemReport;
import com.assisto.integration.erp.exchange.TranslatedFlow;
import com.assisto.integration.erp.mexal.MexalItems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The item master ({@code items*.csv}, the WebAPI's {@code articoli}). */
@Dependent
public class ItemsFlow extends TranslatedFlow<ItemReport> {

    @Inject
    public ItemsFlow(ItemImport items) {
        super(
                ErpFlow.ITEMS,
                "items.*",
                "articoli",
                new Translator<>(MexalItems::read, record -> List.of(MexalItems.fromJson(record)), MexalItems::line),
                batch -> items.apply(batch));
    }
}
