package com.assisto.infrastructure.persistence;

import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.item.Item;
import com.assisto.domain.warranty.InboundInvoice;
import com.assisto.domain.warranty.InvoiceSerials;
import com.assisto.domain.warranty.WarrantyRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Received invoices and what taking them in reads, in JPA. */
@Dependent
public class JpaWarrantyRepository implements WarrantyRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<InboundInvoice> findInvoice(String number) {
        return em.createQuery("SELECT i FROM InboundInvoice i WHERE i.number = :number", InboundInvoice.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addInvoice(InboundInvoice invoice) {
        em.persist(invoice);
        em.flush();
    }

    @Override
    public void addEquipment(Equipment equipment) {
        em.persist(equipment);
    }

    @Override
    public List<String> warrantyNumbers(long invoiceId) {
        return em.createQuery("SELECT c.number FROM Contract c WHERE c.invoiceId = :id ORDER BY c.id", String.class)
                .setParameter("id", invoiceId)
                .getResultList();
    }

    @Override
    public Map<String, Item> itemsByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i FROM Item i WHERE i.code IN :codes", Item.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(Item::getCode, Function.identity()));
    }

    @Override
    public List<ContractType> warrantyTypes(String code) {
        TypedQuery<ContractType> query = em.createQuery(
                "SELECT t FROM ContractType t WHERE t.warranty = TRUE" + (code == null ? "" : " AND t.code = :code")
                        + " ORDER BY t.code",
                ContractType.class);
        if (code != null) {
            query.setParameter("code", code);
        }
        return query.getResultList();
    }

    @Override
    public List<InvoiceSerials.Registered> registered(Collection<String> itemCodes, Collection<String> serials) {
        if (itemCodes.isEmpty() || serials.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT e.item.code, e.serialNumber, e.id, (SELECT MAX(c.number) FROM"
                                + " Contract c JOIN c.lines l WHERE l.equipment = e AND c.type.warranty = TRUE) FROM Equipment e"
                                + " WHERE e.item.code IN :codes AND e.serialNumber IN :serials ORDER BY e.id",
                        Object[].class)
                .setParameter("codes", itemCodes)
                .setParameter("serials", serials)
                .getResultList();
        return rows.stream()
                .map(row ->
                        new InvoiceSerials.Registered((String) row[0], (String) row[1], (Long) row[2], (String) row[3]))
                .toList();
    }
}
