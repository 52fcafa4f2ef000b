package com.assisto.domain.tariff;

import java.time.LocalDate;
import java.util.Optional;

/** Prices of a tariff that can answer which one is in force on a date. */
public interface PriceList {

    String tariffCode();

    /** The price row in force on the date for an item code, or else for a typology code. */
    Optional<TariffPrice> priceInForce(String itemCode, String typologyCode, LocalDate date);
}
