package com.assisto.domain.tariff;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Some of a tariff's prices, read for the items at hand: pricing a contract needs a few rows of
 * a tariff that may hold thousands, and loading them all into a transaction costs more than the
 * rest of the work.
 */
public record PriceSelection(String tariffCode, List<TariffPrice> prices) implements PriceList {

    public PriceSelection {
        prices = List.copyOf(prices);
    }

    @Override
    public Optional<TariffPrice> priceInForce(String itemCode, String typologyCode, LocalDate date) {
        Objects.requireNonNull(date, "Date is required.");
        return prices.stream()
                .filter(price -> itemCode != null
                        ? price.getItem() != null && price.getItem().getCode().equals(itemCode)
                        : typologyCode != null && typologyCode.equals(price.getTypologyCode()))
                .filter(price -> !price.getValidFrom().isAfter(date))
                .max(Comparator.comparing(TariffPrice::getValidFrom));
    }
}
