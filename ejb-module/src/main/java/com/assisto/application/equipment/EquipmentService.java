package com.assisto.application.equipment;

import com.assisto.application.item.ItemService;
import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.equipment.EquipmentRepository;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** The installed base (E1), within the caller's data scope. */
@Stateless
public class EquipmentService {

    private static final Logger LOG = Logger.getLogger(EquipmentService.class.getName());

    @Inject
    private EquipmentRepository installedBase;

    @Inject
    private CustomerRepository customers;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @EJB
    private ItemService items;

    /** A customer's equipment (or everyone's, for staff) in id order, after the given id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Slice<Equipment> search(Long customerId, String serialNumber, Long afterId, int limit) {
        if (customerId != null) {
            caller.checkMayAccessCustomer(customerId, "Customer", customerId);
        }
        Long scope = caller.restrictedToCustomer().orElse(customerId);
        String serial = serialNumber == null || serialNumber.isBlank() ? null : serialNumber.trim();
        return installedBase.search(scope, serial, afterId, limit);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Equipment get(long id) {
        Equipment equipment = installedBase.find(id).orElseThrow(() -> new NotFoundException("Equipment", id));
        caller.checkMayAccessCustomer(equipment.getCustomer().getId(), "Equipment", id);
        return equipment;
    }

    public Equipment create(long customerId, String itemCode, Long siteId, EquipmentDetails details) {
        Customer customer = customers
                .find(customerId)
                .orElseThrow(
                        () -> new ValidationException("customerId", "customer.unknown", String.valueOf(customerId)));
        Equipment equipment = new Equipment(customer, item(itemCode), site(siteId), details);
        installedBase.add(equipment);
        audit.record("Equipment", equipment.getId(), "created", label(equipment));
        LOG.info(
                () -> caller.callerName() + " registered equipment " + equipment.label() + " at " + customer.getCode());
        return equipment;
    }

    public Equipment update(long id, long version, String itemCode, Long siteId, EquipmentDetails details) {
        Equipment equipment = get(id);
        equipment.checkVersion(version);
        equipment.apply(details);
        equipment.changeItem(item(itemCode));
        equipment.place(site(siteId));
        audit.record("Equipment", id, "updated", label(equipment));
        return equipment;
    }

    /** The equipment as its history names it: the description as typed, with its serial number. */
    private static Message label(Equipment equipment) {
        return equipment.getSerialNumber() == null
                ? Message.verbatim(equipment.getDescription())
                : Message.of("audit.equipment", equipment.getDescription(), equipment.getSerialNumber());
    }

    private Item item(String itemCode) {
        if (itemCode == null || itemCode.isBlank()) {
            return null;
        }
        return items.requireByCode(itemCode, "itemCode");
    }

    private ServiceSite site(Long siteId) {
        if (siteId == null) {
            return null;
        }
        return customers
                .findSite(siteId)
                .orElseThrow(() -> new ValidationException("siteId", "site.unknown", String.valueOf(siteId)));
    }
}
