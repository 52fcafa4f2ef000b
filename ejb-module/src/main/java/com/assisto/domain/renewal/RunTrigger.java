package com.assisto.domain.renewal;

/**
 * What started a run: the nightly timer, a user, a timer a user scheduled, a restart resuming
 * one, or a start catching up on a nightly run missed while the server was down.
 */
public enum RunTrigger {
    NIGHTLY,
    MANUAL,
    SCHEDULED,
    RESUMED,
    CATCH_UP
}
