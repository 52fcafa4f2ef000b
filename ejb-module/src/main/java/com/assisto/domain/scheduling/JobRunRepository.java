package com.assisto.domain.scheduling;

import java.time.Instant;
import java.time.LocalDate;

/** Where the days each nightly job ran for are kept, one row per job and day. */
public interface JobRunRepository {

    /** The last day the job ran for, or null if it never did. */
    LocalDate lastRun(String job);

    boolean claimed(String job, LocalDate day);

    /** Writes the job's row for the day; a row written at the same moment elsewhere makes it fail on the key. */
    void claim(String job, LocalDate day, String trigger, Instant startedAt);

    void finished(String job, LocalDate day, Instant finishedAt);
}
