package com.assisto.application.equipment;

import com.assisto.application.item.ItemService;
import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentFilter;
import com.assisto.domain.equipment.EquipmentMove;
import com.assisto.domain.equipment.EquipmentRepository;
import com.assisto.domain.equipment.EquipmentType;
import com.assisto.domain.equipment.Placement;
import com.assisto.domain.equipment.Plant;
import com.assisto.domain.equipment.PlantRepository;
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
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** The installed base (E1, E2, E4), within the caller's data scope. */
@Stateless
public class EquipmentService {

    private static final Logger LOG = Logger.getLogger(EquipmentService.class.getName());

    @Inject
    private EquipmentRepository installedBase;

    @Inject
    private PlantRepository plants;

    @Inject
    private CustomerRepository customers;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private EquipmentMoves moves;

    @EJB
    private ItemService items;

    @EJB
    private EquipmentTypeService types;

    /** Equipment matching the filter (a customer user: only its own) in id order, after the given id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Slice<Equipment> search(EquipmentFilter filter, Long afterId, int limit) {
        if (filter.customerId() != null) {
            caller.checkMayAccessCustomer(filter.customerId(), "Customer", filter.customerId());
        }
        EquipmentFilter scoped =
                caller.restrictedToCustomer().map(filter::withinCustomer).orElse(filter);
        return installedBase.search(scoped, afterId, limit);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Equipment get(long id) {
        Equipment equipment = installedBase.find(id).orElseThrow(() -> new NotFoundException("Equipment", id));
        caller.checkMayAccessCustomer(equipment.getCustomer().getId(), "Equipment", id);
        return equipment;
    }

    public Equipment create(EquipmentInput input) {
        if (input.customerId() == null) {
            throw new ValidationException("customerId", "value.required");
        }
        Customer customer = customers
                .find(input.customerId())
                .orElseThrow(() ->
                        new ValidationException("customerId", "customer.unknown", String.valueOf(input.customerId())));
        Equipment equipment = new Equipment(customer, item(input.itemCode()), placement(input), input.details());
        equipment.classify(type(input.typeCode()), input.customFields());
        installedBase.add(equipment);
        audit.record("Equipment", equipment.getId(), "created", label(equipment));
        LOG.info(
                () -> caller.callerName() + " registered equipment " + equipment.label() + " at " + customer.getCode());
        return equipment;
    }

    /**
     * Changes equipment; a change of place is a move dated today, recorded for it and for each
     * component that goes with it.
     */
    public Equipment update(long id, long version, EquipmentInput input) {
        Equipment equipment = get(id);
        equipment.checkVersion(version);
        equipment.apply(input.details());
        equipment.changeItem(item(input.itemCode()));
        equipment.classify(type(input.typeCode()), input.customFields());
        moves.record(equipment.moveTo(placement(input), moves.byCaller(LocalDate.now(), null)));
        audit.record("Equipment", id, "updated", label(equipment));
        return equipment;
    }

    /** Moves equipment, with its components, to another site, plant or parent on a day, with a note. */
    public Equipment move(long id, long version, EquipmentInput target, LocalDate on, String note) {
        Equipment equipment = get(id);
        equipment.checkVersion(version);
        LocalDate day = on == null ? LocalDate.now() : on;
        List<EquipmentMove> made = equipment.moveTo(placement(target), moves.byCaller(day, note));
        if (made.isEmpty()) {
            throw new ValidationException("siteId", "equipment.alreadyThere");
        }
        moves.record(made);
        return equipment;
    }

    /** The moves of equipment the caller may see, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EquipmentMove> moves(long id) {
        get(id);
        return installedBase.moves(id);
    }

    /** The equipment as its history names it: the description as typed, with its serial number. */
    private static Message label(Equipment equipment) {
        return equipment.getSerialNumber() == null
                ? Message.verbatim(equipment.getDescription())
                : Message.of("audit.equipment", equipment.getDescription(), equipment.getSerialNumber());
    }

    private Placement placement(EquipmentInput input) {
        return new Placement(site(input.siteId()), plant(input.plantId()), parent(input.parentId()));
    }

    private Item item(String itemCode) {
        if (itemCode == null || itemCode.isBlank()) {
            return null;
        }
        return items.requireByCode(itemCode, "itemCode");
    }

    private EquipmentType type(String typeCode) {
        if (typeCode == null || typeCode.isBlank()) {
            return null;
        }
        return types.find(typeCode)
                .orElseThrow(() -> new ValidationException("typeCode", "equipmentType.unknown", typeCode));
    }

    private ServiceSite site(Long siteId) {
        if (siteId == null) {
            return null;
        }
        return customers
                .findSite(siteId)
                .orElseThrow(() -> new ValidationException("siteId", "site.unknown", String.valueOf(siteId)));
    }

    private Plant plant(Long plantId) {
        if (plantId == null) {
            return null;
        }
        return plants.find(plantId)
                .orElseThrow(() -> new ValidationException("plantId", "plant.unknown", String.valueOf(plantId)));
    }

    private Equipment parent(Long parentId) {
        if (parentId == null) {
            return null;
        }
        return installedBase
                .find(parentId)
                .orElseThrow(() -> new ValidationException("parentId", "equipment.unknown", String.valueOf(parentId)));
    }
}
