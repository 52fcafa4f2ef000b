package com.assisto.infrastructure.persistence;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.shared.Address;
import com.assisto.domain.shared.Slice;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Customers in JPA. Lists seek by code (the filters' indexes end with it) so a page deep in
 * the list costs what the first page costs.
 */
@Dependent
public class JpaCustomerRepository implements CustomerRepository {

    /** EclipseLink's hint for results that will not be changed: they skip change tracking. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Resource(lookup = "jdbc/assisto")
    private DataSource dataSource;

    @Override
    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    @Override
    public Optional<Customer> view(long id) {
        Customer customer;
        if (em.getEntityManagerFactory().getCache().contains(Customer.class, id)) {
            // a private copy built from the shared cache, so that a concurrent change merged into
            // the cache cannot alter the graph while it is being written out
            customer = em.find(Customer.class, id);
        } else {
            // not cached: one query for the customer and its collections, rather than three
            customer = em.createQuery(
                            "SELECT DISTINCT c FROM Customer c LEFT JOIN FETCH c.sites"
                                    + " LEFT JOIN FETCH c.contacts WHERE c.id = :id",
                            Customer.class)
                    .setParameter("id", id)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
        }
        if (customer != null) {
            customer.getSites().size();
            customer.getContacts().size();
            if (customer.getTariff() != null) {
                customer.getTariff().getCode();
            }
        }
        return Optional.ofNullable(customer);
    }

    @Override
    public Optional<Customer> findByCode(String code) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.code = :code", Customer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Customer> findByCodes(Collection<String> codes) {
        return codes.isEmpty()
                ? List.of()
                : em.createQuery("SELECT c FROM Customer c WHERE c.code IN :codes", Customer.class)
                        .setParameter("codes", codes)
                        .getResultList();
    }

    @Override
    public Slice<CustomerListing> search(CustomerFilter filter, String afterCode, int limit) {
        // JPQL text rather than a criteria query: EclipseLink keeps each parsed text, and the
        // handful of filter combinations makes a handful of texts.
        StringBuilder jpql = new StringBuilder("SELECT NEW com.assisto.domain.customer.CustomerListing(c.id, c.version,"
                + " c.code, c.name, c.vatNumber, c.billingAddress.city, c.billingAddress.province, c.credit.blocked,"
                + " c.credit.overdueAmount) FROM Customer c");
        JpqlConditions conditions = conditions(filter);
        if (afterCode != null) {
            conditions.and("c.code > :after", "after", afterCode);
        }
        jpql.append(conditions.where()).append(" ORDER BY c.code");
        TypedQuery<CustomerListing> query =
                conditions.bind(PageQueries.create(em, jpql.toString(), CustomerListing.class, limit + 1));
        return Slice.of(query.getResultList(), limit, CustomerListing::code);
    }

    private static JpqlConditions conditions(CustomerFilter filter) {
        JpqlConditions conditions = new JpqlConditions();
        if (filter.onlyCustomerId() != null) {
            conditions.and("c.id = :onlyId", "onlyId", filter.onlyCustomerId());
        }
        if (filter.code() != null) {
            conditions.and("c.code = :code", "code", filter.code());
        }
        if (filter.vatNumber() != null) {
            conditions.and("c.vatNumber = :vat", "vat", filter.vatNumber());
        }
        if (filter.city() != null) {
            conditions.and("c.cityKey = :city", "city", filter.city());
        }
        if (filter.name() != null) {
            conditions.and("c.nameKey LIKE :name ESCAPE '\\'", "name", Like.prefix(filter.name()));
        }
        return conditions;
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
        query.select(customer)
                .where(predicates(cb, customer, filter).toArray(Predicate[]::new))
                .orderBy(
                        ascending ? cb.asc(customer.get(sortPath)) : cb.desc(customer.get(sortPath)),
                        cb.asc(customer.get("code")));
        TypedQuery<Customer> typed =
                em.createQuery(query).setFirstResult(first).setMaxResults(max).setHint(READ_ONLY, true);
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
    public Optional<ServiceSite> findSite(long siteId) {
        return Optional.ofNullable(em.find(ServiceSite.class, siteId));
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
    }

    /**
     * In plain JDBC batches on the transactional data source (the connection joins the caller's
     * transaction): an import of a hundred thousand customers spent most of its time in
     * EclipseLink's inserts. The rows are what persisting the entities would write.
     */
    @Override
    public void addAll(List<Customer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO customer (id, version, code, name, name_key, vat_number, tax_code,"
                + " legal_representative, street, postal_code, city, city_key, province, country, email, pec,"
                + " sdi_code, payment_terms) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            EntityIds ids = new EntityIds(connection);
            for (Customer customer : customers) {
                Address address = customer.getBillingAddress();
                insert.setLong(1, ids.next());
                insert.setString(2, customer.getCode());
                insert.setString(3, customer.getName());
                insert.setString(4, customer.getNameKey());
                insert.setString(5, customer.getVatNumber());
                insert.setString(6, customer.getTaxCode());
                insert.setString(7, customer.getLegalRepresentative());
                insert.setString(8, address == null ? null : address.getStreet());
                insert.setString(9, address == null ? null : address.getPostalCode());
                insert.setString(10, address == null ? null : address.getCity());
                insert.setString(11, customer.getCityKey());
                insert.setString(12, address == null ? null : address.getProvince());
                insert.setString(13, address == null ? null : address.getCountry());
                insert.setString(14, customer.getEmail());
                insert.setString(15, customer.getPec());
                insert.setString(16, customer.getSdiCode());
                insert.setString(17, customer.getPaymentTerms());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("customers could not be stored: " + e.getMessage(), e);
        }
    }

    @Override
    public void changedInside(Customer customer) {
        em.lock(customer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
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
            where.add(cb.like(customer.get("nameKey"), Like.prefix(filter.name()), '\\'));
        }
        return where;
    }
}
