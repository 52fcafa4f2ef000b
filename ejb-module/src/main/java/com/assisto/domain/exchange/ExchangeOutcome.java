package com.assisto.domain.exchange;

/** How an exchange ended. */
public enum ExchangeOutcome {
    /** Still running (or the server stopped while it ran). */
    RUNNING,
    /** Every record was applied or found unchanged. */
    OK,
    /** Some records were rejected into dead letters; the others were applied. */
    PARTIAL,
    /** The exchange as a whole failed: nothing or only part of it was applied, see the error. */
    FAILED,
    /** The same file or message had been received before: nothing was done. */
    DUPLICATE
}
