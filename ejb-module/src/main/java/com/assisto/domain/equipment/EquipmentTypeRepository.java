package com.assisto.domain.equipment;

import java.util.List;
import java.util.Optional;

/** Where equipment types, with their custom-field schemas and counters, are kept. */
public interface EquipmentTypeRepository {

    /** Every type, by code. */
    List<EquipmentType> all();

    Optional<EquipmentType> findByCode(String code);

    /** Stores the type at once, so that it has its id. */
    void add(EquipmentType type);
}
