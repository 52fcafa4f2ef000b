package com.assisto.application;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.ValidationException;
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
            caller.checkMayAccessCustomer(customerId);
        }
        Long scope = caller.restrictedToCustomer().orElse(customerId);
        StringBuilder jpql = new StringBuilder("SELECT e FROM Equipment e WHERE 1 = 1");
        if (scope != null) {
            jpql.append(" AND e.customer.id = :customer");
        }
        if (serialNumber != null && !serialNumber.isBlank()) {
            jpql.append(" AND e.serialNumber = :serial");
        }
        if (afterId != null) {
            jpql.append(" AND e.id > :after");
        }
        jpql.append(" ORDER BY e.id");
        TypedQuery<Equipment> query = em.createQuery(jpql.toString(), Equipment.class).setMaxResults(limit + 1);
        if (scope != null) {
            query.setParameter("customer", scope);
        }
        if (serialNumber != null && !serialNumber.isBlank()) {
            query.setParameter("serial", serialNumber.trim());
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return Slice.of(query.getResultList(), limit, equipment -> String.valueOf(equipment.getId()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Equipment get(long id) {
        Equipment equipment = em.find(Equipment.class, id);
        if (equipment == null) {
            throw new NotFoundException("Equipment", id);
        }
        caller.checkMayAccessCustomer(equipment.getCustomer().getId());
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
        LOG.info(() -> caller.callerName() + " registered equipment " + equipment.label() + " at " + customer.getCode());
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
