package com.assisto.infrastructure.persistence;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.shared.Slice;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Customers in JPA. Lists seek by code (the filters' indexes end with it) so a page deep in
 * the list costs what the first page costs.
 */
@Dependent
public class JpaCustomerRepository implements CustomerRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    @Override
    public Optional<Customer> findByCode(String code) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.code = :code", Customer.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Slice<Customer> search(CustomerFilter filter, String afterCode, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
        Root<Customer> customer = query.from(Customer.class);
        List<Predicate> where = predicates(cb, customer, filter);
        if (afterCode != null) {
            where.add(cb.greaterThan(customer.get("code"), afterCode));
        }
        query.select(customer).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(customer.get("code")));
        List<Customer> rows = em.createQuery(query).setMaxResults(limit + 1).getResultList();
        return Slice.of(rows, limit, Customer::getCode);
    }

    @Override
    public List<Customer> page(CustomerFilter filter, String sortField, boolean ascending, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
        Root<Customer> customer = query.from(Customer.class);
        String sortPath = switch (sortField == null ? "code" : sortField) {
            case "name" -> "nameKey";
            case "city" -> "cityKey";
            case "vatNumber" -> "vatNumber";
            default -> "code";
        };
        query.select(customer).where(predicates(cb, customer, filter).toArray(Predicate[]::new))
                .orderBy(ascending ? cb.asc(customer.get(sortPath)) : cb.desc(customer.get(sortPath)),
                        cb.asc(customer.get("code")));
        TypedQuery<Customer> typed = em.createQuery(query).setFirstResult(first).setMaxResults(max);
        return typed.getResultList();
    }

    @Override
    public long count(CustomerFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Customer> customer = query.from(Customer.class);
        query.select(cb.count(customer)).where(predicates(cb, customer, filter).toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
    }

    @Override
    public void remove(Customer customer) {
        em.remove(customer);
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, Root<Customer> customer, CustomerFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.onlyCustomerId() != null) {
            where.add(cb.equal(customer.get("id"), filter.onlyCustomerId()));
        }
        if (filter.code() != null) {
            where.add(cb.equal(customer.get("code"), filter.code()));
        }
        if (filter.vatNumber() != null) {
            where.add(cb.equal(customer.get("vatNumber"), filter.vatNumber()));
        }
        if (filter.city() != null) {
            where.add(cb.equal(customer.get("cityKey"), filter.city()));
        }
        if (filter.name() != null) {
            where.add(cb.like(customer.get("nameKey"), escapeLike(filter.name()) + "%", '\\'));
        }
        return where;
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
