package com.assisto.application.equipment;

import com.assisto.application.item.ItemService;
import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.ValidationException;
import com.assisto.infrastructure.persistence.JpqlConditions;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.logging.Logger;

/** The installed base (E1), within the caller's data scope. */
@Stateless
public class EquipmentService {

    private static final Logger LOG = Logger.getLogger(EquipmentService.class.getName());

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @jakarta.ejb.EJB
    private ItemService items;

    /** A customer's equipment (or everyone's, for staff) in id order, after the given id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Slice<Equipment> search(Long customerId, String serialNumber, Long afterId, int limit) {
        if (customerId != null) {
            caller.checkMayAccessCustomer(customerId, "Customer", customerId);
        }
        Long scope = caller.restrictedToCustomer().orElse(customerId);
        JpqlConditions conditions = new JpqlConditions();
        if (scope != null) {
            conditions.and("e.customer.id = :customer", "customer", scope);
        }
        if (serialNumber != null && !serialNumber.isBlank()) {
            conditions.and("e.serialNumber = :serial", "serial", serialNumber.trim());
        }
        if (afterId != null) {
            conditions.and("e.id > :after", "after", afterId);
        }
        TypedQuery<Equipment> query = conditions
                .bind(em.createQuery(
                        "SELECT e FROM Equipment e" + conditions.where() + " ORDER BY e.id", Equipment.class))
                .setMaxResults(limit + 1);
        return Slice.of(query.getResultList(), limit, equipment -> String.valueOf(equipment.getId()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Equipment get(long id) {
        Equipment equipment = em.find(Equipment.class, id);
        if (equipment == null) {
            throw new NotFoundException("Equipment", id);
        }
        caller.checkMayAccessCustomer(equipment.getCustomer().getId(), "Equipment", id);
        return equipment;
    }

    public Equipment create(long customerId, String itemCode, Long siteId, EquipmentDetails details) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new ValidationException("customerId", "customer " + customerId + " does not exist");
        }
        Equipment equipment = new Equipment(customer, item(itemCode), site(siteId), details);
        em.persist(equipment);
        em.flush();
        audit.record("Equipment", equipment.getId(), "created", equipment.label());
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
        audit.record("Equipment", id, "updated", equipment.label());
        return equipment;
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
        ServiceSite site = em.find(ServiceSite.class, siteId);
        if (site == null) {
            throw new ValidationException("siteId", "site " + siteId + " does not exist");
        }
        return site;
    }
}
