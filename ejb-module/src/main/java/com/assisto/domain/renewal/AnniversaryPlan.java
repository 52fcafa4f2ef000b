package com.assisto.domain.renewal;

import com.assisto.domain.contract.AnniversaryRevaluation;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The revaluation due at a contract's anniversary inside a term longer than a year (C6): the
 * rest of the term moves by the index once its values are published, or waits for them.
 */
public final class AnniversaryPlan {

    private final Contract contract;
    private final LocalDate anniversary;
    private final IndexReading reading;

    private AnniversaryPlan(Contract contract, LocalDate anniversary, IndexReading reading) {
        this.contract = contract;
        this.anniversary = anniversary;
        this.reading = reading;
    }

    /** Plans the contract's next anniversary revaluation; the contract must have one left in its term. */
    public static AnniversaryPlan of(Contract contract, Function<String, Optional<PriceIndex>> indexByCode) {
        LocalDate anniversary = contract.getNextAnniversary();
        if (anniversary == null) {
            throw new IllegalArgumentException("Contract " + contract.getNumber() + " has no anniversary left.");
        }
        return new AnniversaryPlan(contract, anniversary, IndexReading.of(contract, anniversary, indexByCode));
    }

    public boolean isWaiting() {
        return !reading.isKnown();
    }

    /** Why the revaluation waits, as a run records it; null when it can be applied. */
    public Message waitingFor() {
        return isWaiting()
                ? Message.of("renewal.anniversaryWaits", Figures.date(anniversary), reading.waitingFor())
                : null;
    }

    /** What was applied: the revaluation's record, and a note of what moved for the run's outcome. */
    public record Applied(RevaluationRecord record, Message note) {}

    /** Revalues the instalments not yet billed and moves the contract on to its next anniversary. */
    public Applied apply(long runId, String actor, Instant at) {
        IndexAdjustment adjustment = reading.adjustment()
                .orElseThrow(() ->
                        new IllegalStateException("Contract " + contract.getNumber() + " waits: " + waitingFor()));
        AnniversaryRevaluation done = contract.revalueAtAnniversary(adjustment);
        RevaluationRecord record = new RevaluationRecord(
                contract.getId(),
                contract.getId(),
                runId,
                anniversary,
                adjustment,
                done.before(),
                done.after(),
                actor,
                at);
        Message note = Message.of(
                "renewal.anniversaryApplied",
                Figures.date(anniversary),
                done.instalments(),
                done.before(),
                done.after(),
                adjustment.describe());
        return new Applied(record, note);
    }
}
