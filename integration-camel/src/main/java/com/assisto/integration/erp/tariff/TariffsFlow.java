package com.assisto.integration.erp.tariff;

import com.assisto.application.tariff.TariffImport;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.tariff.TariffPriceReport;
import com.assisto.integration.erp.exchange.TranslatedFlow;
import com.assisto.integration.erp.mexal.MexalTariffs;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The price lists with their dated prices ({@code tariffs*.csv}, the WebAPI's {@code listini}). */
@Dependent
public class TariffsFlow extends TranslatedFlow<TariffPriceReport> {

    @Inject
    public TariffsFlow(TariffImport tariffs) {
        super(
                ErpFlow.TARIFFS,
                "tariffs.*",
                "listini",
                new Translator<>(
                        MexalTariffs::read, record -> List.of(MexalTariffs.fromJson(record)), MexalTariffs::line),
                batch -> tariffs.apply(batch));
    }
}
