package com.assisto.infrastructure.persistence;

import com.assisto.application.billing.BillingQueries;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.Instalment;
import com.assisto.domain.contract.InstalmentStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The billing run's queries in JPA. */
@Dependent
public class JpaBillingQueries implements BillingQueries {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<Instalment> instalmentsDue(LocalDate today) {
        return em.createQuery(
                        "SELECT i FROM Instalment i JOIN i.contract c WHERE i.status = :planned"
                                + " AND i.dueDate <= :today AND c.status = :active ORDER BY i.dueDate, i.id",
                        Instalment.class)
                .setParameter("planned", InstalmentStatus.PLANNED)
                .setParameter("today", today)
                .setParameter("active", ContractStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public List<Contract> quotesPastValidity(LocalDate today) {
        return em.createQuery(
                        "SELECT c FROM Contract c WHERE c.status = :quote AND c.quoteValidUntil < :today",
                        Contract.class)
                .setParameter("quote", ContractStatus.QUOTE)
                .setParameter("today", today)
                .getResultList();
    }
}
