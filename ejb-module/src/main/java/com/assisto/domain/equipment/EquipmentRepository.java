package com.assisto.domain.equipment;

import com.assisto.domain.shared.Slice;
import java.util.Optional;

/** Where the installed base is kept. */
public interface EquipmentRepository {

    Optional<Equipment> find(long id);

    /**
     * Equipment in id order after the given id (null: from the start), of one customer and with
     * one serial number where they are given (null: any).
     */
    Slice<Equipment> search(Long customerId, String serialNumber, Long afterId, int limit);

    /** Stores the equipment at once, so that it has its id. */
    void add(Equipment equipment);
}
