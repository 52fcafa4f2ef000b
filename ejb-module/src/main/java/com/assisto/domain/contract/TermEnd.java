package com.assisto.domain.contract;

/** What follows a contract's term when it ends (C9, W2). */
public enum TermEnd {
    /** Auto-renewing: the same contract again for its renewal period. */
    RENEW,
    /** A convertible warranty: a maintenance contract of the type its warranty type converts to. */
    CONVERT,
    /** No auto-renewal, or a warranty that does not convert: it expires, with a quote offered where possible. */
    EXPIRE
}
