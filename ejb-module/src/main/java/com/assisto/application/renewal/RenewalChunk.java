package com.assisto.application.renewal;

import com.assisto.application.shared.Numbering;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.renewal.AnniversaryPlan;
import com.assisto.domain.renewal.Refusal;
import com.assisto.domain.renewal.RenewalCursor;
import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RenewalPlan;
import com.assisto.domain.renewal.RenewalQueries;
import com.assisto.domain.renewal.RenewalResult;
import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.renewal.RenewalRunRepository;
import com.assisto.domain.renewal.RevaluationRecordRepository;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renews one chunk of due contracts in a transaction of its own. A contract's successor, its
 * changed status and its outcome row commit together or not at all; a contract already dealt
 * with (by an earlier, interrupted run) is no longer due and is passed over, and the database
 * refuses a second successor for the same contract, so each contract renews exactly once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RenewalChunk {

    @Inject
    private RenewalQueries queries;

    @Inject
    private RenewalRunRepository runs;

    @Inject
    private ContractRepository contracts;

    @Inject
    private RevaluationRecordRepository revaluations;

    @Inject
    private RenewalPlanner planner;

    @EJB
    private Numbering numbering;

    public List<RenewalCursor> dueAfter(LocalDate day, RenewalCursor cursor, int size) {
        return queries.dueAfter(day, cursor, size);
    }

    /**
     * Successors this run made that are due themselves and that it has not dealt with yet: the
     * chunks that made them ran beside the search that would have found them.
     */
    public List<RenewalCursor> dueSuccessorsAfter(long runId, LocalDate day, RenewalCursor cursor, int size) {
        return queries.dueSuccessorsAfter(runId, day, cursor, size);
    }

    public List<RenewalCursor> anniversariesAfter(LocalDate day, RenewalCursor cursor, int size) {
        return queries.anniversariesAfter(day, cursor, size);
    }

    /** Processes the contracts; returns how many ended in each result. */
    public Map<RenewalResult, Integer> process(long runId, LocalDate day, List<Long> ids, String actor) {
        List<Contract> due = queries.forRenewal(ids).stream()
                .filter(contract -> contract.isDueForRenewal(day))
                .toList();
        if (due.isEmpty()) {
            return new EnumMap<>(RenewalResult.class);
        }
        Tally tally = new Tally(runId);
        List<RenewalPlan> plans = planner.plans(due);
        Map<RenewalPlan.Series, Deque<String>> numbers = reserveNumbers(plans, day);
        for (RenewalPlan plan : plans) {
            if (plan.isWaiting()) {
                tally.record(plan.contract(), RenewalResult.WAITING, null, plan.waitingFor());
                continue;
            }
            try {
                follow(day, plan, numbers.get(plan.series(day)), actor, tally);
            } catch (ValidationException refused) {
                tally.record(plan.contract(), RenewalResult.FAILED, null, Refusal.of(refused));
            }
        }
        return tally.addToRun();
    }

    /**
     * Revalues the rest of each contract's term at its anniversary (C6): the instalments not yet
     * billed, the value and the record commit together, and the contract's next anniversary moves
     * on with them, so an anniversary is applied once. Without the index values it needs, the
     * contract waits for the next run.
     */
    public Map<RenewalResult, Integer> revalue(long runId, LocalDate day, List<Long> ids, String actor) {
        Tally tally = new Tally(runId);
        Function<String, Optional<PriceIndex>> indexByCode = planner.indexByCode();
        for (Contract contract : queries.forRevaluation(ids)) {
            if (!contract.isAnniversaryDue(day)) {
                continue;
            }
            AnniversaryPlan plan = AnniversaryPlan.of(contract, indexByCode);
            if (plan.isWaiting()) {
                tally.record(contract, RenewalResult.WAITING, null, plan.waitingFor());
                continue;
            }
            AnniversaryPlan.Applied applied = plan.apply(runId, actor, Instant.now());
            revaluations.add(applied.record());
            tally.record(contract, RenewalResult.REVALUED, null, applied.note());
        }
        return tally.addToRun();
    }

    /**
     * Records a contract the run could not deal with, when even its own transaction failed; the
     * failure's own message, a technical one, is kept as it is.
     */
    public void recordFailure(long runId, long contractId, String message) {
        Contract contract = contracts.find(contractId).orElse(null);
        if (contract == null || contract.getStatus() != ContractStatus.ACTIVE) {
            return;
        }
        Tally tally = new Tally(runId);
        tally.record(contract, RenewalResult.FAILED, null, Message.verbatim(message));
        tally.addToRun();
    }

    private void follow(LocalDate day, RenewalPlan plan, Deque<String> numbers, String actor, Tally tally) {
        RenewalPlan.Followed followed = plan.follow(day, () -> numbers.pop());
        Contract next = followed.successor();
        if (next != null) {
            contracts.add(next);
        }
        if (followed.result() == RenewalResult.RENEWED) {
            // the id was assigned at persist (sequence): no flush, so the chunk's inserts stay batched
            plan.revaluationOf(next, tally.runId, actor, Instant.now()).ifPresent(applied -> {
                revaluations.add(applied);
                // a revaluation as much as one at an anniversary: the run's revalued count says how many
                // prices moved by index
                tally.counts.merge(RenewalResult.REVALUED, 1, Integer::sum);
            });
        }
        tally.record(plan.contract(), followed.result(), next, followed.note());
    }

    /** What a chunk did with its contracts: an outcome row for each, and how many ended in each result. */
    private final class Tally {

        private final long runId;
        private final Map<RenewalResult, Integer> counts = new EnumMap<>(RenewalResult.class);

        Tally(long runId) {
            this.runId = runId;
        }

        void record(Contract contract, RenewalResult result, Contract successor, Message message) {
            runs.addOutcome(new RenewalOutcome(
                    runId,
                    contract.getId(),
                    contract.getNumber(),
                    result,
                    successor == null ? null : successor.getId(),
                    successor == null ? null : successor.getNumber(),
                    message));
            counts.merge(result, 1, Integer::sum);
        }

        /** Adds the counts to the run's totals and returns them. */
        Map<RenewalResult, Integer> addToRun() {
            runs.addCounts(runId, counts);
            return counts;
        }
    }

    /** One block of numbers per series for the whole chunk: a draw per contract would serialise the run on the series row. */
    private Map<RenewalPlan.Series, Deque<String>> reserveNumbers(List<RenewalPlan> plans, LocalDate day) {
        Map<RenewalPlan.Series, Integer> needs = new LinkedHashMap<>();
        plans.stream().filter(RenewalPlan::needsNumber).forEach(plan -> needs.merge(plan.series(day), 1, Integer::sum));
        Map<RenewalPlan.Series, Deque<String>> numbers = new HashMap<>();
        needs.forEach((series, count) ->
                numbers.put(series, new ArrayDeque<>(numbering.block(series.key(), count, series::format))));
        return numbers;
    }

    /** A run's row, read fresh. */
    public RenewalRun run(long runId) {
        return runs.find(runId).orElse(null);
    }
}
