package com.assisto.domain.renewal;

/** What started a run: the nightly timer, a user, a timer a user scheduled, or a restart resuming one. */
public enum RunTrigger {
    NIGHTLY, MANUAL, SCHEDULED, RESUMED
}
