package com.assisto.domain.index;

import java.util.List;
import java.util.Optional;

/** Where price-index series are kept. */
public interface PriceIndexRepository {

    /** All series in code order. */
    List<PriceIndex> all();

    Optional<PriceIndex> findByCode(String code);

    /** Stores a new series and gives it its id at once. */
    void add(PriceIndex index);
}
