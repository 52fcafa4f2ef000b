package com.assisto.domain.renewal;

/** A run is RUNNING until it finishes; one found RUNNING at start-up was cut off by a stop and is resumed. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    INTERRUPTED,
    FAILED
}
