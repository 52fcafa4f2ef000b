package com.assisto.domain.tariff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where tariffs and their dated prices are kept. */
public interface TariffRepository {

    /** All tariffs in code order. */
    List<Tariff> all();

    Optional<Tariff> find(long id);

    Optional<Tariff> findByCode(String code);

    boolean codeTaken(String code);

    void add(Tariff tariff);

    void remove(Tariff tariff);

    /**
     * Writes a change to the tariff's prices now, raising the tariff's version: a price row
     * changed or added does not by itself touch the tariff, and concurrent edits must collide.
     */
    void pricesChanged(Tariff tariff);

    /** How many customers the tariff is assigned to. */
    long customersUsing(Tariff tariff);

    /**
     * Some of the tariffs' prices, read for reading only and without loading whole tariffs into the
     * transaction: those of the items and those of the typologies given. One selection per tariff,
     * by tariff id, shared by whoever prices against it.
     */
    Map<Long, PriceList> priceLists(
            Collection<Tariff> tariffs, Collection<Long> itemIds, Collection<String> typologyCodes);
}
