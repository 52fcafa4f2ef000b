package com.assisto.application.renewal;

import java.io.Serializable;
import java.time.LocalDate;

/** A run a user scheduled, kept in the persistent timer until it fires. */
public record ScheduledRun(LocalDate day, String requestedBy) implements Serializable {}
