package com.assisto.interfaces.console.equipment;

import com.assisto.domain.equipment.Equipment;
import java.io.Serializable;

/** A piece of equipment chosen in a form (the machine to mount one on), kept in the view as id and label. */
public record EquipmentChoice(long id, String label) implements Serializable {

    public static EquipmentChoice of(Equipment equipment) {
        return equipment == null ? null : new EquipmentChoice(equipment.getId(), equipment.label());
    }
}
