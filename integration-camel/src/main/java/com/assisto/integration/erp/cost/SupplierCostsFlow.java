package com.assisto.integration.erp.cost;

import com.assisto.application.cost.SupplierCostImport;
import com.assisto.domain.cost.SupplierCostReport;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.integration.erp.exchange.TranslatedFlow;
import com.assisto.integration.erp.mexal.MexalSupplierCosts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** Supplier costs ({@code supplier_costs*.csv}, or pushed): Mexal's WebAPI has no resource for them,
 * so they come by file or by push. */
@Dependent
public class SupplierCostsFlow extends TranslatedFlow<SupplierCostReport> {

    @Inject
    public SupplierCostsFlow(SupplierCostImport costs) {
        super(
                ErpFlow.SUPPLIER_COSTS,
                "supplier.?costs.*",
                null,
                new Translator<>(
                        MexalSupplierCosts::read,
                        record -> List.of(MexalSupplierCosts.fromJson(record)),
                        MexalSupplierCosts::line),
                batch -> costs.apply(batch));
    }
}
