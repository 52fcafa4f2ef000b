package com.assisto.domain.equipment;

/** Whether a piece of equipment is in service at the customer. */
public enum EquipmentStatus {
    IN_SERVICE,
    OUT_OF_SERVICE,
    DISMISSED
}
