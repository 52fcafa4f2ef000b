package com.assisto.domain.pricing;

import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.PriceList;
import java.math.BigDecimal;

/**
 * The price of a new contract line (C4): free under warranty; otherwise the customer's tariff
 * price at the contract's start times the line's coefficient (the term's months unless given),
 * or the price entered by hand, which keeps the tariff's figures beside it when the tariff has them.
 */
public final class LinePricer {

    private LinePricer() {}

    public static LinePrice price(
            boolean warranty,
            ContractTerms terms,
            PriceList prices,
            Item item,
            BigDecimal coefficientMonths,
            BigDecimal manualPrice) {
        if (warranty) {
            return LinePrice.warranty();
        }
        BigDecimal coefficient =
                coefficientMonths != null ? coefficientMonths : BigDecimal.valueOf(terms.durationMonths());
        if (manualPrice == null) {
            return TariffPricing.price(prices, item, terms.typologyCode(), terms.startDate(), coefficient);
        }
        LinePrice tariffPrice;
        try {
            tariffPrice = TariffPricing.price(prices, item, terms.typologyCode(), terms.startDate(), coefficient);
        } catch (ValidationException noTariffPrice) {
            tariffPrice = null;
        }
        return LinePrice.manual(manualPrice, tariffPrice);
    }
}
