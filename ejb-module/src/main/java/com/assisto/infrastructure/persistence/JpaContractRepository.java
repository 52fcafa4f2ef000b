package com.assisto.infrastructure.persistence;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractListing;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.Instalment;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.ValidationException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Contracts in JPA. The list seeks in (end date, id) order, which every filter's index ends
 * with, so a page deep in a million contracts costs what the first page costs.
 */
@Dependent
public class JpaContractRepository implements ContractRepository {

    private static final String LISTING = "SELECT NEW com.assisto.domain.contract.ContractListing(c.id, c.version,"
            + " c.number, t.code, t.name, cu.id, cu.code, cu.name, c.status, c.startDate, c.endDate, c.value)"
            + " FROM Contract c JOIN c.type t JOIN c.customer cu";

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<Instalment> findInstalment(String contractNumber, int sequence) {
        return em.createQuery(
                        "SELECT i FROM Instalment i WHERE i.contract.number = :number AND i.sequence = :sequence",
                        Instalment.class)
                .setParameter("number", contractNumber)
                .setParameter("sequence", sequence)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Contract> find(long id) {
        return Optional.ofNullable(em.find(Contract.class, id));
    }

    @Override
    public boolean numberTaken(String number, Long exceptContractId) {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.number = :number", Long.class)
                .setParameter("number", number)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptContractId));
    }

    @Override
    public Slice<ContractListing> search(ContractFilter filter, String afterKey, int limit) {
        JpqlConditions conditions = conditions(filter);
        if (afterKey != null) {
            SeekKey after = SeekKey.parse(afterKey);
            // A row comparison (not JPQL, hence SQL()) is one index condition: the scan starts right
            // after the key even where thousands of contracts end on the same day (a month's end).
            conditions
                    .and("SQL('(?, ?) > (?, ?)', c.endDate, c.id, :afterEnd, :afterId)")
                    .with("afterEnd", after.endDate())
                    .with("afterId", after.id());
        }
        String jpql = LISTING + conditions.where() + " ORDER BY c.endDate, c.id";
        TypedQuery<ContractListing> query =
                conditions.bind(PageQueries.create(em, jpql, ContractListing.class, limit + 1));
        return Slice.of(query.getResultList(), limit, ContractListing::seekKey);
    }

    /** The position after which a page starts: the end date and id of the previous page's last row. */
    private record SeekKey(LocalDate endDate, long id) {

        static SeekKey parse(String key) {
            String[] parts = key.split("~");
            try {
                return new SeekKey(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ValidationException("after", "page.unknownKey", key);
            }
        }
    }

    private static JpqlConditions conditions(ContractFilter filter) {
        JpqlConditions conditions = new JpqlConditions();
        if (filter.customerId() != null) {
            conditions.and("cu.id = :customer", "customer", filter.customerId());
        }
        if (filter.typeCode() != null) {
            conditions.and("t.code = :type", "type", filter.typeCode());
        }
        if (filter.warranty() != null) {
            conditions.and("t.warranty = :warranty", "warranty", filter.warranty());
        }
        if (filter.status() != null) {
            conditions.and("c.status = :status", "status", filter.status());
        }
        if (filter.endingFrom() != null) {
            conditions.and("c.endDate >= :endingFrom", "endingFrom", filter.endingFrom());
        }
        if (filter.endingTo() != null) {
            conditions.and("c.endDate <= :endingTo", "endingTo", filter.endingTo());
        }
        return conditions;
    }

    @Override
    public List<ContractListing> page(ContractFilter filter, String sortField, boolean ascending, int first, int max) {
        String sortPath = switch (sortField == null ? "endDate" : sortField) {
            case "number" -> "c.number";
            case "customerName" -> "cu.nameKey";
            case "startDate" -> "c.startDate";
            case "status" -> "c.status";
            case "value" -> "c.value";
            case "typeCode" -> "t.code";
            default -> "c.endDate";
        };
        JpqlConditions conditions = conditions(filter);
        String jpql =
                LISTING + conditions.where() + " ORDER BY " + sortPath + (ascending ? " ASC" : " DESC") + ", c.id";
        return conditions
                .bind(em.createQuery(jpql, ContractListing.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(ContractFilter filter) {
        JpqlConditions conditions = conditions(filter);
        return conditions
                .bind(em.createQuery(
                        "SELECT COUNT(c) FROM Contract c JOIN c.type t JOIN c.customer cu" + conditions.where(),
                        Long.class))
                .getSingleResult();
    }

    @Override
    public void add(Contract contract) {
        em.persist(contract);
    }

    @Override
    public void addNow(Contract contract) {
        em.persist(contract);
        em.flush();
    }

    @Override
    public void markChanged(Contract contract) {
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    @Override
    public List<ContractLine> linesCovering(long equipmentId) {
        return em.createQuery(
                        "SELECT l FROM ContractLine l JOIN FETCH l.contract WHERE l.equipment.id = :equipment"
                                + " ORDER BY l.coveredFrom, l.id",
                        ContractLine.class)
                .setParameter("equipment", equipmentId)
                .getResultList();
    }
}
