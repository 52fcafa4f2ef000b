package com.assisto.domain.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Some of a tariff's prices, read for the items at hand: pricing a contract needs a few rows of
 * a tariff that may hold thousands, and loading them all into a transaction costs more than the
 * rest of the work. The prices are grouped by item and typology, newest first, because a renewal
 * chunk asks for thousands of lines against the same selection.
 */
public final class PriceSelection implements PriceList {

    private final String tariffCode;
    private final Map<String, List<TariffPrice>> newestFirstBySubject = new HashMap<>();

    public PriceSelection(String tariffCode, List<TariffPrice> prices) {
        this.tariffCode = tariffCode;
        for (TariffPrice price : prices) {
            String subject = price.getItem() != null
                    ? itemKey(price.getItem().getCode())
                    : price.getTypologyCode() != null ? typologyKey(price.getTypologyCode()) : null;
            if (subject != null) {
                newestFirstBySubject
                        .computeIfAbsent(subject, key -> new ArrayList<>())
                        .add(price);
            }
        }
        newestFirstBySubject
                .values()
                .forEach(list -> list.sort(
                        Comparator.comparing(TariffPrice::getValidFrom).reversed()));
    }

    private static String itemKey(String itemCode) {
        return "item " + itemCode;
    }

    private static String typologyKey(String typologyCode) {
        return "typology " + typologyCode;
    }

    @Override
    public String tariffCode() {
        return tariffCode;
    }

    @Override
    public Optional<TariffPrice> priceInForce(String itemCode, String typologyCode, LocalDate date) {
        Objects.requireNonNull(date, "Date is required.");
        String subject = itemCode != null ? itemKey(itemCode) : typologyCode != null ? typologyKey(typologyCode) : null;
        for (TariffPrice price : newestFirstBySubject.getOrDefault(subject, List.of())) {
            if (!price.getValidFrom().isAfter(date)) {
                return Optional.of(price);
            }
        }
        return Optional.empty();
    }
}
