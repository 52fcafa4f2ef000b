package com.assisto.application.renewal;

import com.assisto.application.shared.Numbering;
import com.assisto.domain.contract.AnniversaryRevaluation;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.RenewalPricing;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contract.TermEnd;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.TariffPricing;
import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RenewalResult;
import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.renewal.RevaluationRecord;
import com.assisto.domain.shared.NotFoundException;
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

    /** Where the last contract of a chunk stood (its end or anniversary, and id), so the next chunk seeks on from there. */
    public record Cursor(LocalDate date, long id) {
        static final Cursor START = new Cursor(LocalDate.of(1, 1, 1), 0);
    }

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @EJB
    private Numbering numbering;

    /** The next due contracts after the cursor, in end-date order (the index the contract list uses). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Object[]> dueAfter(LocalDate day, Cursor cursor, int size) {
        return em.createQuery(
                        "SELECT c.endDate, c.id FROM Contract c WHERE c.status = :active AND c.endDate < :day"
                                + " AND (c.endDate > :end OR (c.endDate = :end AND c.id > :id)) ORDER BY c.endDate, c.id",
                        Object[].class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", day)
                .setParameter("end", cursor.date())
                .setParameter("id", cursor.id())
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Successors this run made that are due themselves and that it has not dealt with yet: the
     * chunks that made them ran beside the search that would have found them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Object[]> dueSuccessorsAfter(long runId, LocalDate day, Cursor cursor, int size) {
        return em.createQuery(
                        "SELECT c.endDate, c.id FROM Contract c WHERE c.status = :active AND c.endDate < :day"
                                + " AND (c.endDate > :end OR (c.endDate = :end AND c.id > :id))"
                                + " AND c.id IN (SELECT o.successorId FROM RenewalOutcome o WHERE o.runId = :run AND o.result IN :made)"
                                + " AND NOT EXISTS (SELECT p.id FROM RenewalOutcome p WHERE p.runId = :run AND p.contractId = c.id)"
                                + " ORDER BY c.endDate, c.id",
                        Object[].class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", day)
                .setParameter("end", cursor.date())
                .setParameter("id", cursor.id())
                .setParameter("run", runId)
                .setParameter("made", List.of(RenewalResult.RENEWED, RenewalResult.CONVERTED))
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * What follows one due contract, worked out before anything is written: the decision, the
     * next type, the index adjustment (or why it must wait for one) and how lines are priced.
     */
    private record Plan(
            Contract contract,
            TermEnd decision,
            ContractType nextType,
            IndexAdjustment adjustment,
            String waitingFor,
            Function<ContractLine, LinePrice> pricing,
            RenewalPricing renewalPricing) {

        LocalDate nextStart() {
            return contract.getEndDate().plusDays(1);
        }

        /** The series the next contract, or the quote offered, draws its number from. */
        Series series(LocalDate day) {
            return decision == TermEnd.EXPIRE
                    ? new Series(nextType, day.getYear(), true)
                    : new Series(nextType, nextStart().getYear(), false);
        }
    }

    private Plan plan(Contract contract, PriceList tariff, Map<String, Optional<PriceIndex>> indices) {
        TermEnd decision = contract.termEnd();
        ContractType nextType = contract.successorType();
        LocalDate nextStart = contract.getEndDate().plusDays(1);
        IndexAdjustment adjustment = null;
        String waitingFor = null;
        Optional<RevaluationClause> clause = contract.getRevaluation();
        if (decision == TermEnd.RENEW && contract.getNextAnniversary() != null) {
            // the renewal starts from the prices the anniversaries reached: none may be missing
            waitingFor = "the anniversary revaluation of " + contract.getNextAnniversary() + " is not applied yet";
        } else if (decision == TermEnd.RENEW && clause.isPresent()) {
            String code = clause.get().getIndexCode();
            Optional<PriceIndex> index = indices.computeIfAbsent(code, this::index);
            adjustment = index.flatMap(found -> clause.get().adjustment(found, contract.getStartDate(), nextStart))
                    .orElse(null);
            if (adjustment == null) {
                waitingFor = index.isEmpty()
                        ? "index " + code + " does not exist"
                        : "waiting for " + clause.get().valuesNeeded(contract.getStartDate(), nextStart);
            }
        }
        // the same type goes on at its own prices moved by tariff and index; another type is priced afresh
        RenewalPricing renewalPricing =
                nextType == contract.getType() ? new RenewalPricing(contract, tariff, adjustment) : null;
        Function<ContractLine, LinePrice> pricing = renewalPricing != null
                ? renewalPricing::price
                : byTariff(
                        tariff,
                        contract,
                        nextType == null ? contract.getDurationMonths() : nextType.getDurationMonths(),
                        nextStart);
        return new Plan(contract, decision, nextType, adjustment, waitingFor, pricing, renewalPricing);
    }

    /** Processes the contracts; returns how many ended in each result. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<RenewalResult, Integer> process(long runId, LocalDate day, List<Long> ids, String actor) {
        List<Contract> contracts = em
                .createQuery("SELECT c FROM Contract c WHERE c.id IN :ids ORDER BY c.id", Contract.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.lines")
                .setHint("eclipselink.batch", "c.lines.item")
                .setHint("eclipselink.batch", "c.lines.equipment")
                .setHint("eclipselink.join-fetch", "c.customer")
                .getResultList()
                .stream()
                .filter(contract -> contract.isDueForRenewal(day))
                .toList();
        Map<RenewalResult, Integer> counts = new EnumMap<>(RenewalResult.class);
        if (contracts.isEmpty()) {
            return counts;
        }
        Map<Long, PriceList> tariffs = priceLists(contracts);
        Map<String, Optional<PriceIndex>> indices = new HashMap<>();
        List<Plan> plans = contracts.stream()
                .map(contract ->
                        plan(contract, tariffs.get(contract.getCustomer().getId()), indices))
                .toList();
        Map<Series, Deque<String>> numbers = reserveNumbers(plans, day);
        for (Plan plan : plans) {
            if (plan.waitingFor() != null) {
                record(runId, plan.contract(), RenewalResult.WAITING, null, plan.waitingFor(), counts);
                continue;
            }
            try {
                follow(runId, day, plan, numbers, actor, counts);
            } catch (ValidationException refused) {
                record(runId, plan.contract(), RenewalResult.FAILED, null, refused.getMessage(), counts);
            }
        }
        addToRun(runId, counts);
        return counts;
    }

    private void addToRun(long runId, Map<RenewalResult, Integer> counts) {
        em.createQuery(
                        "UPDATE RenewalRun r SET r.renewed = r.renewed + :renewed, r.converted = r.converted + :converted,"
                                + " r.expired = r.expired + :expired, r.revalued = r.revalued + :revalued,"
                                + " r.waiting = r.waiting + :waiting, r.failed = r.failed + :failed WHERE r.id = :run")
                .setParameter("renewed", counts.getOrDefault(RenewalResult.RENEWED, 0))
                .setParameter("converted", counts.getOrDefault(RenewalResult.CONVERTED, 0))
                .setParameter("expired", counts.getOrDefault(RenewalResult.EXPIRED, 0))
                .setParameter("revalued", counts.getOrDefault(RenewalResult.REVALUED, 0))
                .setParameter("waiting", counts.getOrDefault(RenewalResult.WAITING, 0))
                .setParameter("failed", counts.getOrDefault(RenewalResult.FAILED, 0))
                .setParameter("run", runId)
                .executeUpdate();
    }

    /** The next contracts with an anniversary revaluation due, in anniversary order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Object[]> anniversariesAfter(LocalDate day, Cursor cursor, int size) {
        return em.createQuery(
                        "SELECT c.nextAnniversary, c.id FROM Contract c WHERE c.status = :active"
                                + " AND c.nextAnniversary <= :day AND (c.nextAnniversary > :at OR (c.nextAnniversary = :at AND c.id > :id))"
                                + " ORDER BY c.nextAnniversary, c.id",
                        Object[].class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("day", day)
                .setParameter("at", cursor.date())
                .setParameter("id", cursor.id())
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Revalues the rest of each contract's term at its anniversary (C6): the instalments not yet
     * billed, the value and the record commit together, and the contract's next anniversary moves
     * on with them, so an anniversary is applied once. Without the index values it needs, the
     * contract waits for the next run.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<RenewalResult, Integer> revalue(long runId, LocalDate day, List<Long> ids, String actor) {
        List<Contract> contracts = em
                .createQuery("SELECT c FROM Contract c WHERE c.id IN :ids ORDER BY c.id", Contract.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.instalments")
                .getResultList()
                .stream()
                .filter(contract -> contract.isAnniversaryDue(day))
                .toList();
        Map<RenewalResult, Integer> counts = new EnumMap<>(RenewalResult.class);
        Map<String, Optional<PriceIndex>> indices = new HashMap<>();
        for (Contract contract : contracts) {
            RevaluationClause clause = contract.getRevaluation().orElseThrow();
            LocalDate anniversary = contract.getNextAnniversary();
            Optional<PriceIndex> index = indices.computeIfAbsent(clause.getIndexCode(), this::index);
            Optional<IndexAdjustment> adjustment =
                    index.flatMap(found -> clause.adjustment(found, contract.getStartDate(), anniversary));
            if (adjustment.isEmpty()) {
                record(
                        runId,
                        contract,
                        RenewalResult.WAITING,
                        null,
                        "anniversary of " + anniversary + ": "
                                + (index.isEmpty()
                                        ? "index " + clause.getIndexCode() + " does not exist"
                                        : "waiting for " + clause.valuesNeeded(contract.getStartDate(), anniversary)),
                        counts);
                continue;
            }
            AnniversaryRevaluation done = contract.revalueAtAnniversary(adjustment.get());
            em.persist(new RevaluationRecord(
                    contract.getId(),
                    contract.getId(),
                    runId,
                    anniversary,
                    adjustment.get(),
                    done.before(),
                    done.after(),
                    actor,
                    Instant.now()));
            record(
                    runId,
                    contract,
                    RenewalResult.REVALUED,
                    null,
                    "anniversary of " + anniversary + ": "
                            + done.instalments() + " instalments not yet billed "
                            + done.before().toPlainString() + " → "
                            + done.after().toPlainString() + " ("
                            + adjustment.get().describe() + ")",
                    counts);
        }
        addToRun(runId, counts);
        return counts;
    }

    /** Records a contract the run could not deal with, when even its own transaction failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long runId, long contractId, String message) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null || contract.getStatus() != ContractStatus.ACTIVE) {
            return;
        }
        em.persist(
                new RenewalOutcome(runId, contractId, contract.getNumber(), RenewalResult.FAILED, null, null, message));
        em.createQuery("UPDATE RenewalRun r SET r.failed = r.failed + 1 WHERE r.id = :run")
                .setParameter("run", runId)
                .executeUpdate();
    }

    private void follow(
            long runId,
            LocalDate day,
            Plan plan,
            Map<Series, Deque<String>> numbers,
            String actor,
            Map<RenewalResult, Integer> counts) {
        Contract contract = plan.contract();
        switch (plan.decision()) {
            case RENEW -> {
                Contract next = contract.renew(numbers.get(plan.series(day)).pop(), day, plan.pricing());
                em.persist(next);
                if (plan.adjustment() != null) {
                    // the id was assigned at persist (sequence): no flush, so the chunk's inserts stay batched
                    em.persist(new RevaluationRecord(
                            next.getId(),
                            contract.getId(),
                            runId,
                            plan.nextStart(),
                            plan.adjustment(),
                            plan.renewalPricing().valueBeforeIndex(),
                            next.getValue(),
                            actor,
                            Instant.now()));
                    // a revaluation as much as one at an anniversary: the run's revalued count says how many prices
                    // moved by index
                    counts.merge(RenewalResult.REVALUED, 1, Integer::sum);
                }
                record(runId, contract, RenewalResult.RENEWED, next, null, counts);
            }
            case CONVERT -> {
                Contract next = contract.convert(numbers.get(plan.series(day)).pop(), day, plan.pricing());
                em.persist(next);
                record(runId, contract, RenewalResult.CONVERTED, next, null, counts);
            }
            case EXPIRE -> {
                if (plan.nextType() == null) {
                    contract.expire(day, null, null, null);
                    record(
                            runId,
                            contract,
                            RenewalResult.EXPIRED,
                            null,
                            "warranty type " + contract.getType().getCode()
                                    + " converts to no maintenance type: no quote offered",
                            counts);
                    return;
                }
                try {
                    Contract proposal = contract.expire(
                                    day, numbers.get(plan.series(day)).pop(), plan.nextType(), plan.pricing())
                            .orElseThrow();
                    em.persist(proposal);
                    record(runId, contract, RenewalResult.EXPIRED, proposal, null, counts);
                } catch (ValidationException unpriced) {
                    contract.expire(day, null, null, null);
                    record(
                            runId,
                            contract,
                            RenewalResult.EXPIRED,
                            null,
                            "no quote offered: " + unpriced.getMessage(),
                            counts);
                }
            }
        }
    }

    private static Function<ContractLine, LinePrice> byTariff(
            PriceList tariff, Contract contract, int months, LocalDate date) {
        return line -> TariffPricing.price(
                tariff, line.getItem(), contract.getTypologyCode(), date, BigDecimal.valueOf(months));
    }

    private void record(
            long runId,
            Contract contract,
            RenewalResult result,
            Contract successor,
            String message,
            Map<RenewalResult, Integer> counts) {
        em.persist(new RenewalOutcome(
                runId,
                contract.getId(),
                contract.getNumber(),
                result,
                successor == null ? null : successor.getId(),
                successor == null ? null : successor.getNumber(),
                message));
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

    /** One block of numbers per series for the whole chunk: a draw per contract would serialise the run on the series row. */
    private Map<Series, Deque<String>> reserveNumbers(List<Plan> plans, LocalDate day) {
        Map<Series, Integer> needs = new LinkedHashMap<>();
        plans.stream()
                .filter(plan -> plan.waitingFor() == null && plan.nextType() != null)
                .forEach(plan -> needs.merge(plan.series(day), 1, Integer::sum));
        Map<Series, Deque<String>> numbers = new HashMap<>();
        needs.forEach((series, count) ->
                numbers.put(series, new ArrayDeque<>(numbering.block(series.key(), count, series::format))));
        return numbers;
    }

    private Optional<PriceIndex> index(String code) {
        return em.createQuery("SELECT i FROM PriceIndex i WHERE i.code = :code", PriceIndex.class)
                .setParameter("code", code)
                .setHint("eclipselink.read-only", true)
                .getResultStream()
                .findFirst();
    }

    /** The tariff prices of the chunk's customers for the chunk's items and typologies, read in one query. */
    private Map<Long, PriceList> priceLists(List<Contract> contracts) {
        Map<Long, Tariff> tariffByCustomer = new HashMap<>();
        contracts.forEach(contract -> {
            if (contract.getCustomer().getTariff() != null) {
                tariffByCustomer.put(
                        contract.getCustomer().getId(), contract.getCustomer().getTariff());
            }
        });
        if (tariffByCustomer.isEmpty()) {
            return Map.of();
        }
        List<Long> tariffIds =
                tariffByCustomer.values().stream().map(Tariff::getId).distinct().toList();
        List<Long> itemIds = contracts.stream()
                .flatMap(contract -> contract.coveredLines().stream())
                .map(ContractLine::getItem)
                .filter(Objects::nonNull)
                .map(item -> item.getId())
                .distinct()
                .toList();
        List<String> typologies = contracts.stream()
                .map(Contract::getTypologyCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<TariffPrice> prices = em.createQuery(
                        "SELECT p FROM TariffPrice p WHERE p.tariff.id IN :tariffs"
                                + " AND (p.item.id IN :items OR p.typologyCode IN :typologies)",
                        TariffPrice.class)
                .setParameter("tariffs", tariffIds)
                .setParameter("items", itemIds.isEmpty() ? List.of(-1L) : itemIds)
                .setParameter("typologies", typologies.isEmpty() ? List.of("") : typologies)
                .setHint("eclipselink.read-only", true)
                .getResultList();
        Map<Long, List<TariffPrice>> byTariff = prices.stream()
                .collect(Collectors.groupingBy(price -> price.getTariff().getId()));
        // one selection per tariff, shared by its customers: a tariff serves thousands of them
        Map<Long, PriceList> selections = new HashMap<>();
        Map<Long, PriceList> lists = new HashMap<>();
        tariffByCustomer.forEach((customerId, tariff) -> lists.put(
                customerId,
                selections.computeIfAbsent(
                        tariff.getId(),
                        id -> new PriceSelection(tariff.getCode(), byTariff.getOrDefault(id, List.of())))));
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
            throw new NotFoundException("Contract", contractId);
        }
        if (contract.getStatus() != ContractStatus.ACTIVE) {
            throw new ValidationException(
                    "status",
                    "contract " + contract.getNumber() + " is " + contract.getStatus()
                            + "; only a running contract renews");
        }
        Map<String, Optional<PriceIndex>> indices = new HashMap<>();
        Plan plan = plan(
                contract,
                priceLists(List.of(contract)).get(contract.getCustomer().getId()),
                indices);
        List<RenewalPreview.Line> lines = new ArrayList<>();
        String problem = null;
        for (ContractLine line : contract.coveredLines()) {
            try {
                LinePrice next = plan.nextType() == null ? null : plan.pricing().apply(line);
                lines.add(new RenewalPreview.Line(
                        line.getId(),
                        line.getDescription(),
                        line.getPrice().getAmount(),
                        next == null ? null : next.getAmount(),
                        next == null ? null : next.explanation()));
            } catch (ValidationException unpriced) {
                problem = unpriced.getMessage();
                lines.add(new RenewalPreview.Line(
                        line.getId(), line.getDescription(), line.getPrice().getAmount(), null, unpriced.getMessage()));
            }
        }
        return new RenewalPreview(
                contract.getId(),
                contract.getNumber(),
                plan.decision().name(),
                plan.nextType() == null ? null : plan.nextType().getCode(),
                plan.nextStart(),
                plan.waitingFor(),
                plan.adjustment() == null ? null : plan.adjustment().describe(),
                problem,
                lines,
                anniversaryPreview(contract, indices));
    }

    /** The next anniversary revaluation inside the term, if one is left: what it would move, or what it waits for. */
    private RenewalPreview.Anniversary anniversaryPreview(
            Contract contract, Map<String, Optional<PriceIndex>> indices) {
        LocalDate anniversary = contract.getNextAnniversary();
        if (anniversary == null) {
            return null;
        }
        RevaluationClause clause = contract.getRevaluation().orElseThrow();
        Optional<IndexAdjustment> adjustment = indices.computeIfAbsent(clause.getIndexCode(), this::index)
                .flatMap(found -> clause.adjustment(found, contract.getStartDate(), anniversary));
        if (adjustment.isEmpty()) {
            return new RenewalPreview.Anniversary(
                    anniversary, null, 0, null, null, clause.valuesNeeded(contract.getStartDate(), anniversary));
        }
        AnniversaryRevaluation preview = contract.previewAnniversary(adjustment.get());
        return new RenewalPreview.Anniversary(
                anniversary,
                adjustment.get().describe(),
                preview.instalments(),
                preview.before(),
                preview.after(),
                null);
    }

    /** A run's row, read fresh. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RenewalRun run(long runId) {
        return em.find(RenewalRun.class, runId);
    }
}
