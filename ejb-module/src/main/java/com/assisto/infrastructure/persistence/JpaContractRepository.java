package com.assisto.infrastructure.persistence;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractListing;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.ValidationException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contracts in JPA. The list seeks in (end date, id) order, which every filter's index ends
 * with, so a page deep in a million contracts costs what the first page costs.
 */
@Dependent
public class JpaContractRepository implements ContractRepository {

    private static final String LISTING = "SELECT NEW com.assisto.domain.contract.ContractListing(c.id, c.version,"
            + " c.number, t.code, t.name, cu.id, cu.code, cu.name, c.status, c.startDate, c.endDate, c.value)"
            + " FROM Contract c JOIN c.type t JOIN c.customer cu WHERE 1 = 1";

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<Contract> find(long id) {
        return Optional.ofNullable(em.find(Contract.class, id));
    }

    @Override
    public boolean numberTaken(String number, Long exceptContractId) {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.number = :number", Long.class)
                .setParameter("number", number).getResultStream()
                .anyMatch(id -> !id.equals(exceptContractId));
    }

    @Override
    public Slice<ContractListing> search(ContractFilter filter, String afterKey, int limit) {
        StringBuilder jpql = new StringBuilder(LISTING);
        Map<String, Object> parameters = new HashMap<>();
        where(filter, jpql, parameters);
        if (afterKey != null) {
            SeekKey after = SeekKey.parse(afterKey);
            // A row comparison (not JPQL, hence SQL()) is one index condition: the scan starts right
            // after the key even where thousands of contracts end on the same day (a month's end).
            jpql.append(" AND SQL('(?, ?) > (?, ?)', c.endDate, c.id, :afterEnd, :afterId)");
            parameters.put("afterEnd", after.endDate());
            parameters.put("afterId", after.id());
        }
        jpql.append(" ORDER BY c.endDate, c.id");
        TypedQuery<ContractListing> query = PageQueries.create(em, jpql.toString(), ContractListing.class, limit + 1);
        parameters.forEach(query::setParameter);
        return Slice.of(query.getResultList(), limit, ContractListing::seekKey);
    }

    /** The position after which a page starts: the end date and id of the previous page's last row. */
    private record SeekKey(LocalDate endDate, long id) {

        static SeekKey parse(String key) {
            String[] parts = key.split("~");
            try {
                return new SeekKey(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ValidationException("after", "'" + key + "' is not a key this list gave out"
                        + " (pass the 'next' value of the previous page)");
            }
        }
    }

    private static void where(ContractFilter filter, StringBuilder jpql, Map<String, Object> parameters) {
        if (filter.customerId() != null) {
            jpql.append(" AND cu.id = :customer");
            parameters.put("customer", filter.customerId());
        }
        if (filter.typeCode() != null) {
            jpql.append(" AND t.code = :type");
            parameters.put("type", filter.typeCode());
        }
        if (filter.warranty() != null) {
            jpql.append(" AND t.warranty = :warranty");
            parameters.put("warranty", filter.warranty());
        }
        if (filter.status() != null) {
            jpql.append(" AND c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.endingFrom() != null) {
            jpql.append(" AND c.endDate >= :endingFrom");
            parameters.put("endingFrom", filter.endingFrom());
        }
        if (filter.endingTo() != null) {
            jpql.append(" AND c.endDate <= :endingTo");
            parameters.put("endingTo", filter.endingTo());
        }
    }

    @Override
    public List<ContractListing> page(ContractFilter filter, String sortField, boolean ascending, int first,
            int max) {
        String sortPath = switch (sortField == null ? "endDate" : sortField) {
            case "number" -> "c.number";
            case "customerName" -> "cu.name";
            case "startDate" -> "c.startDate";
            case "status" -> "c.status";
            case "value" -> "c.value";
            case "typeCode" -> "t.code";
            default -> "c.endDate";
        };
        StringBuilder jpql = new StringBuilder(LISTING);
        Map<String, Object> parameters = new HashMap<>();
        where(filter, jpql, parameters);
        jpql.append(" ORDER BY ").append(sortPath).append(ascending ? " ASC" : " DESC").append(", c.id");
        TypedQuery<ContractListing> query = em.createQuery(jpql.toString(), ContractListing.class)
                .setFirstResult(first).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public long count(ContractFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT COUNT(c) FROM Contract c JOIN c.type t JOIN c.customer cu"
                + " WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        where(filter, jpql, parameters);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public void add(Contract contract) {
        em.persist(contract);
    }
}
