package com.assisto.domain.contract;

/** Over which months an index clause measures the variation it applies (C6). */
public enum RevaluationInterval {
    /** The twelve months before each revaluation: at renewal and at each anniversary inside the term. */
    YEARLY,
    /**
     * Once per term, at renewal, from the reference month of the term's start to that of the
     * renewal (24 months for a two-year term); no anniversary revaluations inside the term.
     */
    OVER_TERM
}
