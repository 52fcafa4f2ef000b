package com.assisto.domain.renewal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where renewal runs and what they did with each contract are kept. */
public interface RenewalRunRepository {

    Optional<RenewalRun> find(long id);

    /** Stores a new run and gives it its id at once. */
    void add(RenewalRun run);

    /** The runs still marked RUNNING by a server instance (or by no instance: runs from before instances were recorded), oldest first. */
    List<RenewalRun> runningOn(String runner);

    /**
     * Marks a run INTERRUPTED if it is still RUNNING on the given instance; true for the one
     * caller that did it, whichever instances try at the same moment.
     */
    boolean interrupt(long runId, String runner, Instant now);

    /** The latest runs, newest first. */
    List<RenewalRun> latest(int limit);

    /**
     * Adds a chunk's counts to the run's totals in the database, not in the entity: chunks side
     * by side each add their own.
     */
    void addCounts(long runId, Map<RenewalResult, Integer> counts);

    void addOutcome(RenewalOutcome outcome);

    /** A run's outcomes (of one result, or all when null) after an outcome id, in id order. */
    List<RenewalOutcome> outcomesAfter(long runId, RenewalResult result, long afterId, int limit);

    /** A page of a run's outcomes (of one result, or all when null) by position, in id order. */
    List<RenewalOutcome> outcomesPage(long runId, RenewalResult result, int first, int limit);

    long countOutcomes(long runId, RenewalResult result);

    /** What the runs did with one contract, newest first. */
    List<RenewalOutcome> outcomesOf(long contractId);
}
