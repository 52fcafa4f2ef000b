package com.assisto.application.equipment;

import com.assisto.domain.equipment.EquipmentDetails;
import java.util.Map;

/**
 * A piece of equipment as registered or changed: whose it is, the item it was sold as, its type
 * with the values of the type's custom fields, where it stands (site, plant, parent machine; each
 * optional) and its details.
 */
public record EquipmentInput(
        Long customerId,
        String itemCode,
        String typeCode,
        Map<String, Object> customFields,
        Long siteId,
        Long plantId,
        Long parentId,
        EquipmentDetails details) {}
