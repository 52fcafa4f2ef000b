package com.assisto.application.reporting;

import java.time.LocalDate;

/**
 * A nightly job as administration watches it.
 *
 * @param lastRun the day it last ran for; null if it never did
 * @param missed  true when its latest firing has not run
 */
public record JobHealth(String job, LocalDate lastRun, boolean missed) {}
