package com.assisto.application.equipment;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentMove;
import com.assisto.domain.equipment.EquipmentRepository;
import com.assisto.domain.equipment.Placement;
import com.assisto.domain.equipment.Plant;
import com.assisto.domain.equipment.PlantDetails;
import com.assisto.domain.equipment.PlantRepository;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plants (impianti, E4) at customers' sites, within the caller's data scope. */
@Stateless
public class PlantService {

    @Inject
    private PlantRepository plants;

    @Inject
    private EquipmentRepository installedBase;

    @Inject
    private CustomerRepository customers;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private EquipmentMoves moves;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Slice<Plant> search(Long customerId, Long siteId, Long afterId, int limit) {
        if (customerId != null) {
            caller.checkMayAccessCustomer(customerId, "Customer", customerId);
        }
        Long scope = caller.restrictedToCustomer().orElse(customerId);
        return plants.search(scope, siteId, afterId, limit);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Plant get(long id) {
        Plant plant = plants.find(id).orElseThrow(() -> new NotFoundException("Plant", id));
        caller.checkMayAccessCustomer(plant.getCustomer().getId(), "Plant", id);
        return plant;
    }

    /** The equipment standing free in the plant; each carries its components. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Equipment> equipment(long id) {
        get(id);
        return installedBase.standingIn(id);
    }

    public Plant create(Long customerId, Long siteId, PlantDetails details) {
        if (customerId == null) {
            throw new ValidationException("customerId", "value.required");
        }
        Customer customer = customers
                .find(customerId)
                .orElseThrow(
                        () -> new ValidationException("customerId", "customer.unknown", String.valueOf(customerId)));
        Plant plant = new Plant(customer, site(siteId), details);
        plants.add(plant);
        audit.record("Plant", plant.getId(), "created", Message.verbatim(plant.getName()));
        return plant;
    }

    /**
     * Changes a plant; moved to another site, its equipment goes with it, each piece with a move
     * dated today in its history.
     */
    public Plant update(long id, long version, Long siteId, PlantDetails details) {
        Plant plant = get(id);
        plant.checkVersion(version);
        plant.apply(details);
        ServiceSite newSite = site(siteId);
        if (newSite != plant.getSite()) {
            plant.moveTo(newSite);
            EquipmentMove.Relocation relocation = moves.byCaller(LocalDate.now(), null);
            List<EquipmentMove> made = new ArrayList<>();
            for (Equipment standing : installedBase.standingIn(id)) {
                made.addAll(standing.moveTo(new Placement(newSite, plant, null), relocation));
            }
            moves.record(made);
        }
        audit.record("Plant", id, "updated", Message.verbatim(plant.getName()));
        return plant;
    }

    private ServiceSite site(Long siteId) {
        if (siteId == null) {
            throw new ValidationException("siteId", "value.required");
        }
        return customers
                .findSite(siteId)
                .orElseThrow(() -> new ValidationException("siteId", "site.unknown", String.valueOf(siteId)));
    }
}
