package com.assisto.domain.pricing;

import com.assisto.domain.item.Item;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.PriceList;
import com.assisto.domain.tariff.TariffPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Prices a line from the customer's tariff (C4): the item's monthly price in force on the
 * pricing date, or else the contract's service typology price, times the coefficient in months.
 */
public final class TariffPricing {

    private TariffPricing() {}

    public static LinePrice price(
            PriceList tariff, Item item, String typologyCode, LocalDate pricingDate, BigDecimal coefficientMonths) {
        if (tariff == null) {
            throw new ValidationException("price", "price.noTariff");
        }
        Optional<TariffPrice> itemPrice =
                item == null ? Optional.empty() : tariff.priceInForce(item.getCode(), null, pricingDate);
        if (itemPrice.isPresent()) {
            return LinePrice.fromTariff(
                    tariff.tariffCode(), pricingDate, itemPrice.get().getMonthlyPrice(), false, coefficientMonths);
        }
        Optional<TariffPrice> typologyPrice =
                typologyCode == null ? Optional.empty() : tariff.priceInForce(null, typologyCode, pricingDate);
        if (typologyPrice.isPresent()) {
            return LinePrice.fromTariff(
                    tariff.tariffCode(), pricingDate, typologyPrice.get().getMonthlyPrice(), true, coefficientMonths);
        }
        Message line = item == null ? Message.of("price.forThisLine") : Message.of("price.forItem", item.getCode());
        if (typologyCode == null) {
            throw new ValidationException(
                    "price", "price.noTariffPrice", tariff.tariffCode(), Figures.date(pricingDate), line);
        }
        throw new ValidationException(
                "price",
                "price.noTariffPriceNorTypology",
                tariff.tariffCode(),
                Figures.date(pricingDate),
                line,
                typologyCode);
    }
}
