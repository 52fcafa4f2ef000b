package com.assisto.infrastructure.persistence;

import com.assisto.domain.customer.CreditStatus;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.OpenItem;
import com.assisto.domain.customer.OpenItemRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ERP's instalments per customer in JPA. */
@Dependent
public class JpaOpenItemRepository implements OpenItemRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Map<String, Long> customerIds(Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("SELECT c.code, c.id FROM Customer c WHERE c.code IN :codes", Object[].class)
                    .setParameter("codes", codes)
                    .getResultList()
                    .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        }
        return ids;
    }

    @Override
    public List<OpenItem> ofCustomers(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM OpenItem i WHERE i.customerId IN :ids", OpenItem.class)
                .setParameter("ids", customerIds)
                .getResultList();
    }

    @Override
    public void add(OpenItem item) {
        em.persist(item);
    }

    @Override
    public void updateCredit(long customerId, CreditStatus credit) {
        em.flush();
        em.createQuery("UPDATE Customer c SET c.credit.openItems = :open, c.credit.overdueAmount = :overdue,"
                        + " c.credit.blocked = :blocked, c.credit.updatedOn = :on WHERE c.id = :id")
                .setParameter("open", credit.getOpenItems())
                .setParameter("overdue", credit.getOverdueAmount())
                .setParameter("blocked", credit.isBlocked())
                .setParameter("on", credit.getUpdatedOn())
                .setParameter("id", customerId)
                .executeUpdate();
        // the shared cache still holds the customer as it was
        em.getEntityManagerFactory().getCache().evict(Customer.class, customerId);
    }
}
