package com.assisto.domain.warning;

/** EXPIRY: a contract or warranty is about to end (C10). ADMINISTRATIVE: the term's summary before renewal (C11). */
public enum WarningKind {
    EXPIRY,
    ADMINISTRATIVE
}
