package com.assisto.domain.exchange;

/** A dead letter waits for a person until it is replayed (corrected or not) or discarded. */
public enum DeadLetterStatus {
    OPEN,
    REPLAYED,
    DISCARDED
}
