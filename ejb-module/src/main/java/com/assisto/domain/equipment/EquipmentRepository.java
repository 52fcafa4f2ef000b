package com.assisto.domain.equipment;

import com.assisto.domain.shared.Slice;
import java.util.List;
import java.util.Optional;

/** Where the installed base is kept, with the moves of each piece. */
public interface EquipmentRepository {

    Optional<Equipment> find(long id);

    /** Equipment matching the filter in id order after the given id (null: from the start). */
    Slice<Equipment> search(EquipmentFilter filter, Long afterId, int limit);

    /** Stores the equipment at once, so that it has its id. */
    void add(Equipment equipment);

    void addMoves(List<EquipmentMove> moves);

    /** The moves of one piece of equipment, oldest first. */
    List<EquipmentMove> moves(long equipmentId);

    /** The equipment standing free in a plant (components come with their parents), in id order. */
    List<Equipment> standingIn(long plantId);
}
