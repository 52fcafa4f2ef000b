package com.assisto.domain.equipment;

import com.assisto.domain.shared.Slice;
import java.util.Optional;

/** Where plants are kept. */
public interface PlantRepository {

    Optional<Plant> find(long id);

    /** Plants of a customer and at a site where given (null: any), in id order after the given id. */
    Slice<Plant> search(Long customerId, Long siteId, Long afterId, int limit);

    /** Stores the plant at once, so that it has its id. */
    void add(Plant plant);
}
