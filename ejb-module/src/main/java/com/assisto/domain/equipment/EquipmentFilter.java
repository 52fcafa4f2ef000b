package com.assisto.domain.equipment;

import com.assisto.domain.shared.Text;

/**
 * What the installed base is searched by, each criterion optional: customer, site, plant, type
 * code, status, and the start of a serial number (the company's or the manufacturer's, as
 * {@link Equipment#serialKey} compares them).
 */
public record EquipmentFilter(
        Long customerId, Long siteId, Long plantId, String typeCode, EquipmentStatus status, String serial) {

    public EquipmentFilter {
        typeCode = Text.trimToNull(typeCode);
        serial = Text.trimToNull(serial) == null ? null : Equipment.serialKey(serial);
    }

    public static EquipmentFilter ofCustomer(Long customerId) {
        return new EquipmentFilter(customerId, null, null, null, null, null);
    }

    /** The same criteria kept within one customer's base. */
    public EquipmentFilter withinCustomer(Long onlyCustomerId) {
        return new EquipmentFilter(onlyCustomerId, siteId, plantId, typeCode, status, serial);
    }
}
