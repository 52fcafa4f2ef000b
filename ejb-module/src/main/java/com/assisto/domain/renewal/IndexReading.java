package com.assisto.domain.renewal;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.shared.Message;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether the index values a contract's revaluation on a date needs are known (C6): the
 * adjustment they give, or why the revaluation waits. The renewal at a term's end, the
 * anniversary inside a term and the previews of both read the index here, so that they cannot
 * disagree about what is missing.
 */
public final class IndexReading {

    private final String indexCode;
    private final boolean indexExists;
    private final IndexAdjustment adjustment;
    private final Message valuesNeeded;

    private IndexReading(String indexCode, boolean indexExists, IndexAdjustment adjustment, Message valuesNeeded) {
        this.indexCode = indexCode;
        this.indexExists = indexExists;
        this.adjustment = adjustment;
        this.valuesNeeded = valuesNeeded;
    }

    /**
     * Reads the contract's index for a revaluation on the date, in the term the contract is in.
     *
     * @param indexByCode the index series of a code, empty when no series has it
     */
    public static IndexReading of(
            Contract contract, LocalDate revaluationDate, Function<String, Optional<PriceIndex>> indexByCode) {
        RevaluationClause clause = contract.getRevaluation()
                .orElseThrow(() ->
                        new IllegalArgumentException("Contract " + contract.getNumber() + " has no index clause."));
        LocalDate termStart = contract.getStartDate();
        Optional<PriceIndex> index = indexByCode.apply(clause.getIndexCode());
        return new IndexReading(
                clause.getIndexCode(),
                index.isPresent(),
                index.flatMap(found -> clause.adjustment(found, termStart, revaluationDate))
                        .orElse(null),
                clause.valuesNeeded(termStart, revaluationDate));
    }

    public boolean isKnown() {
        return adjustment != null;
    }

    /** The adjustment the published values give; empty while the revaluation waits. */
    public Optional<IndexAdjustment> adjustment() {
        return Optional.ofNullable(adjustment);
    }

    /**
     * Why the revaluation waits, as a run records it ("waiting for index FOI values of 2023-10 and
     * 2024-10", "index FOI does not exist"); null when the values are known.
     */
    public Message waitingFor() {
        if (isKnown()) {
            return null;
        }
        return indexExists ? Message.of("renewal.waitingFor", valuesNeeded) : Message.of("renewal.noIndex", indexCode);
    }

    /**
     * Why the revaluation waits as a preview says it, a sentence of its own ("It would wait for
     * index FOI values of 2023-10 and 2024-10"); null when the values are known.
     */
    public Message wouldWait() {
        if (isKnown()) {
            return null;
        }
        return indexExists
                ? Message.of("renewal.wouldWaitFor", valuesNeeded)
                : Message.of("renewal.wouldWait", waitingFor());
    }

    /** The index values the revaluation needs, in words, whether or not they are published. */
    public Message valuesNeeded() {
        return valuesNeeded;
    }
}
