package com.assisto.application.renewal;

import com.assisto.application.Numbering;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.ContractType;
import com.assisto.domain.contract.LinePrice;
import com.assisto.domain.contract.RenewalPricing;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contract.TariffPricing;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RenewalResult;
import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.renewal.RevaluationRecord;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.PriceList;
import com.assisto.domain.tariff.PriceSelection;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffPrice;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renews one chunk of due contracts in a transaction of its own. A contract's successor, its
 * changed status and its outcome row commit together or not at all; a contract already dealt
 * with (by an earlier, interrupted run) is no longer due and is passed over, and the database
 * refuses a second successor for the same contract, so each contract renews exactly once.
 */
@Stateless
public class RenewalChunk {

    /** Where the last contract of a chunk stood, so the next chunk seeks on from there. */
    public record Cursor(LocalDate endDate, long id) {
        static final Cursor START = new Cursor(LocalDate.MIN, 0);
    }

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;
    @EJB
    private Numbering numbering;

    /** The next due contracts after the cursor, in end-date order (the index the contract list uses). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Object[]> dueAfter(LocalDate day, Cursor cursor, int size) {
        return em.createQuery("SELECT c.endDate, c.id FROM Contract c WHERE c.status = :active AND c.endDate < :day"
                + " AND (c.endDate > :end OR (c.endDate = :end AND c.id > :id)) ORDER BY c.endDate, c.id", Object[].class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("day", day)
                .setParameter("end", cursor.endDate().equals(LocalDate.MIN) ? LocalDate.of(1, 1, 1) : cursor.endDate())
                .setParameter("id", cursor.id()).setMaxResults(size).getResultList();
    }

    /** Processes the contracts; returns how many ended in each result. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<RenewalResult, Integer> process(long runId, LocalDate day, List<Long> ids, String actor) {
        List<Contract> contracts = em.createQuery("SELECT c FROM Contract c WHERE c.id IN :ids ORDER BY c.id",
                Contract.class).setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.lines")
                .setHint("eclipselink.batch", "c.lines.item")
                .setHint("eclipselink.batch", "c.lines.equipment")
                .setHint("eclipselink.batch", "c.instalments")
                .setHint("eclipselink.join-fetch", "c.customer")
                .getResultList().stream().filter(contract -> contract.isDueForRenewal(day)).toList();
        Map<RenewalResult, Integer> counts = new EnumMap<>(RenewalResult.class);
        if (contracts.isEmpty()) {
            return counts;
        }
        Map<Long, PriceList> tariffs = priceLists(contracts);
        Map<String, Optional<PriceIndex>> indices = new HashMap<>();
        Map<Contract, Optional<IndexAdjustment>> adjustments = new LinkedHashMap<>();
        Map<Contract, String> waiting = new LinkedHashMap<>();
        for (Contract contract : contracts) {
            Optional<RevaluationClause> clause = contract.getRevaluation();
            if (Decision.of(contract) != Decision.RENEW || clause.isEmpty()) {
                adjustments.put(contract, Optional.empty());
                continue;
            }
            Optional<PriceIndex> index = indices.computeIfAbsent(clause.get().getIndexCode(), this::index);
            Optional<IndexAdjustment> adjustment = index.flatMap(found -> clause.get()
                    .adjustment(found, contract.getEndDate().plusDays(1)));
            if (adjustment.isEmpty()) {
                waiting.put(contract, index.isEmpty() ? "index " + clause.get().getIndexCode() + " does not exist"
                        : "waiting for index " + clause.get().getIndexCode() + " values of "
                                + clause.get().referenceMonth(contract.getEndDate().plusDays(1)).minusYears(1) + " and "
                                + clause.get().referenceMonth(contract.getEndDate().plusDays(1)));
            } else {
                adjustments.put(contract, adjustment);
            }
        }
        Map<String, Deque<String>> numbers = reserveNumbers(adjustments.keySet(), day);
        for (Map.Entry<Contract, String> entry : waiting.entrySet()) {
            record(runId, entry.getKey(), RenewalResult.WAITING, null, entry.getValue(), counts);
        }
        for (Map.Entry<Contract, Optional<IndexAdjustment>> entry : adjustments.entrySet()) {
            Contract contract = entry.getKey();
            PriceList tariff = tariffs.get(contract.getCustomer().getId());
            try {
                follow(runId, day, contract, tariff, entry.getValue().orElse(null), numbers, actor, counts);
            } catch (ValidationException refused) {
                record(runId, contract, RenewalResult.FAILED, null, refused.getMessage(), counts);
            }
        }
        em.createQuery("UPDATE RenewalRun r SET r.renewed = r.renewed + :renewed, r.converted = r.converted + :converted,"
                + " r.expired = r.expired + :expired, r.waiting = r.waiting + :waiting, r.failed = r.failed + :failed"
                + " WHERE r.id = :run")
                .setParameter("renewed", counts.getOrDefault(RenewalResult.RENEWED, 0))
                .setParameter("converted", counts.getOrDefault(RenewalResult.CONVERTED, 0))
                .setParameter("expired", counts.getOrDefault(RenewalResult.EXPIRED, 0))
                .setParameter("waiting", counts.getOrDefault(RenewalResult.WAITING, 0))
                .setParameter("failed", counts.getOrDefault(RenewalResult.FAILED, 0))
                .setParameter("run", runId).executeUpdate();
        return counts;
    }

    /** Records a contract the run could not deal with, when even its own transaction failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long runId, long contractId, String message) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null || contract.getStatus() != ContractStatus.ACTIVE) {
            return;
        }
        em.persist(new RenewalOutcome(runId, contractId, contract.getNumber(), RenewalResult.FAILED, null, null, message));
        em.createQuery("UPDATE RenewalRun r SET r.failed = r.failed + 1 WHERE r.id = :run").setParameter("run", runId)
                .executeUpdate();
    }

    private void follow(long runId, LocalDate day, Contract contract, PriceList tariff, IndexAdjustment adjustment,
            Map<String, Deque<String>> numbers, String actor, Map<RenewalResult, Integer> counts) {
        Decision decision = Decision.of(contract);
        ContractType nextType = decision.nextType(contract);
        LocalDate nextStart = contract.getEndDate().plusDays(1);
        switch (decision) {
            case RENEW -> {
                Contract next = contract.renew(numbers.get(series(decision, nextType, day, nextStart).key()).pop(), day,
                        new RenewalPricing(contract, tariff, adjustment)::price);
                em.persist(next);
                if (adjustment != null) {
                    em.flush();
                    em.persist(new RevaluationRecord(next.getId(), contract.getId(), runId, nextStart, adjustment,
                            valueBeforeIndex(contract, tariff), next.getValue(), actor, Instant.now()));
                }
                record(runId, contract, RenewalResult.RENEWED, next, null, counts);
            }
            case CONVERT -> {
                Contract next = contract.convert(numbers.get(series(decision, nextType, day, nextStart).key()).pop(), day,
                        byTariff(tariff, contract, nextType.getDurationMonths(), nextStart));
                em.persist(next);
                record(runId, contract, RenewalResult.CONVERTED, next, null, counts);
            }
            case EXPIRE -> {
                String message = null;
                Optional<Contract> proposal = Optional.empty();
                if (nextType != null) {
                    try {
                        Function<ContractLine, LinePrice> pricing = contract.getType().isWarranty()
                                ? byTariff(tariff, contract, nextType.getDurationMonths(), nextStart)
                                : new RenewalPricing(contract, tariff, null)::price;
                        proposal = contract.expire(day, numbers.get(series(decision, nextType, day, nextStart).key()).pop(),
                                nextType, pricing);
                    } catch (ValidationException unpriced) {
                        message = "no quote offered: " + unpriced.getMessage();
                        contract.expire(day, null, null, null);
                    }
                } else {
                    message = "warranty type " + contract.getType().getCode() + " converts to no maintenance type:"
                            + " no quote offered";
                    contract.expire(day, null, null, null);
                }
                proposal.ifPresent(em::persist);
                record(runId, contract, RenewalResult.EXPIRED, proposal.orElse(null), message, counts);
            }
        }
    }

    /** The value the tariff differential reached, before the index: what the revaluation record starts from. */
    private static BigDecimal valueBeforeIndex(Contract contract, PriceList tariff) {
        RenewalPricing withoutIndex = new RenewalPricing(contract, tariff, null);
        return contract.coveredLines().stream().map(line -> withoutIndex.price(line).getAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Function<ContractLine, LinePrice> byTariff(PriceList tariff, Contract contract, int months,
            LocalDate date) {
        return line -> TariffPricing.price(tariff, line.getItem(), contract.getTypologyCode(), date,
                BigDecimal.valueOf(months));
    }

    private void record(long runId, Contract contract, RenewalResult result, Contract successor, String message,
            Map<RenewalResult, Integer> counts) {
        em.persist(new RenewalOutcome(runId, contract.getId(), contract.getNumber(), result,
                successor == null ? null : successor.getId(), successor == null ? null : successor.getNumber(), message));
        counts.merge(result, 1, Integer::sum);
    }

    /** The series a next contract or quote draws from, and how its numbers read. */
    private record Series(ContractType type, int year, boolean quote) {

        String key() {
            return type.seriesKey(quote, year);
        }

        String format(long sequence) {
            return quote ? type.quoteNumber(year, sequence) : type.contractNumber(year, sequence);
        }
    }

    private static Series series(Decision decision, ContractType type, LocalDate day, LocalDate nextStart) {
        return decision.offersQuote() ? new Series(type, day.getYear(), true)
                : new Series(type, nextStart.getYear(), false);
    }

    /** One block of numbers per series for the whole chunk: a draw per contract would serialise the run on the series row. */
    private Map<String, Deque<String>> reserveNumbers(Iterable<Contract> contracts, LocalDate day) {
        Map<Series, Integer> needs = new LinkedHashMap<>();
        for (Contract contract : contracts) {
            Decision decision = Decision.of(contract);
            ContractType type = decision.nextType(contract);
            if (type != null) {
                needs.merge(series(decision, type, day, contract.getEndDate().plusDays(1)), 1, Integer::sum);
            }
        }
        Map<String, Deque<String>> numbers = new HashMap<>();
        needs.forEach((series, count) -> numbers.put(series.key(),
                new ArrayDeque<>(numbering.block(series.key(), count, series::format))));
        return numbers;
    }

    private Optional<PriceIndex> index(String code) {
        return em.createQuery("SELECT i FROM PriceIndex i WHERE i.code = :code", PriceIndex.class)
                .setParameter("code", code).setHint("eclipselink.read-only", true).getResultStream().findFirst();
    }

    /** The tariff prices of the chunk's customers for the chunk's items and typologies, read in one query. */
    private Map<Long, PriceList> priceLists(List<Contract> contracts) {
        Map<Long, Tariff> tariffByCustomer = new HashMap<>();
        contracts.forEach(contract -> {
            if (contract.getCustomer().getTariff() != null) {
                tariffByCustomer.put(contract.getCustomer().getId(), contract.getCustomer().getTariff());
            }
        });
        if (tariffByCustomer.isEmpty()) {
            return Map.of();
        }
        List<Long> tariffIds = tariffByCustomer.values().stream().map(Tariff::getId).distinct().toList();
        List<Long> itemIds = contracts.stream().flatMap(contract -> contract.coveredLines().stream())
                .map(ContractLine::getItem).filter(Objects::nonNull).map(item -> item.getId()).distinct().toList();
        List<String> typologies = contracts.stream().map(Contract::getTypologyCode).filter(Objects::nonNull)
                .distinct().toList();
        List<TariffPrice> prices = em.createQuery("SELECT p FROM TariffPrice p WHERE p.tariff.id IN :tariffs"
                + " AND (p.item.id IN :items OR p.typologyCode IN :typologies)", TariffPrice.class)
                .setParameter("tariffs", tariffIds)
                .setParameter("items", itemIds.isEmpty() ? List.of(-1L) : itemIds)
                .setParameter("typologies", typologies.isEmpty() ? List.of("") : typologies)
                .setHint("eclipselink.read-only", true).getResultList();
        Map<Long, List<TariffPrice>> byTariff = prices.stream()
                .collect(Collectors.groupingBy(price -> price.getTariff().getId()));
        Map<Long, PriceList> lists = new HashMap<>();
        tariffByCustomer.forEach((customerId, tariff) -> lists.put(customerId,
                new PriceSelection(tariff.getCode(), byTariff.getOrDefault(tariff.getId(), List.of()))));
        return lists;
    }

    /**
     * What renewing the contract would do now, without changing anything: the decision, each
     * line's next price with its explanation, or why it would wait.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RenewalPreview preview(long contractId) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null) {
            throw new com.assisto.domain.shared.NotFoundException("Contract", contractId);
        }
        if (contract.getStatus() != ContractStatus.ACTIVE) {
            throw new ValidationException("status", "contract " + contract.getNumber() + " is " + contract.getStatus()
                    + "; only a running contract renews");
        }
        Decision decision = Decision.of(contract);
        ContractType nextType = decision.nextType(contract);
        LocalDate nextStart = contract.getEndDate().plusDays(1);
        PriceList tariff = priceLists(List.of(contract)).get(contract.getCustomer().getId());
        IndexAdjustment adjustment = null;
        String waitingFor = null;
        Optional<RevaluationClause> clause = contract.getRevaluation();
        if (decision == Decision.RENEW && clause.isPresent()) {
            Optional<PriceIndex> index = index(clause.get().getIndexCode());
            adjustment = index.flatMap(found -> clause.get().adjustment(found, nextStart)).orElse(null);
            if (adjustment == null) {
                waitingFor = "index " + clause.get().getIndexCode() + " values of "
                        + clause.get().referenceMonth(nextStart).minusYears(1) + " and "
                        + clause.get().referenceMonth(nextStart);
            }
        }
        Function<ContractLine, LinePrice> pricing = decision == Decision.RENEW || nextType == contract.getType()
                ? new RenewalPricing(contract, tariff, adjustment)::price
                : byTariff(tariff, contract, nextType == null ? contract.getDurationMonths() : nextType.getDurationMonths(),
                        nextStart);
        List<RenewalPreview.Line> lines = new ArrayList<>();
        String problem = null;
        for (ContractLine line : contract.coveredLines()) {
            try {
                LinePrice next = nextType == null ? null : pricing.apply(line);
                lines.add(new RenewalPreview.Line(line.getId(), line.getDescription(), line.getPrice().getAmount(),
                        next == null ? null : next.getAmount(), next == null ? null : next.explanation()));
            } catch (ValidationException unpriced) {
                problem = unpriced.getMessage();
                lines.add(new RenewalPreview.Line(line.getId(), line.getDescription(), line.getPrice().getAmount(),
                        null, unpriced.getMessage()));
            }
        }
        return new RenewalPreview(contract.getId(), contract.getNumber(), decision.name(),
                nextType == null ? null : nextType.getCode(), nextStart, waitingFor,
                adjustment == null ? null : adjustment.describe(), problem, lines);
    }

    /** A run's row, read fresh. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RenewalRun run(long runId) {
        return em.find(RenewalRun.class, runId);
    }
}
