package com.assisto.application.renewal;

import java.io.Serializable;

/** The persistent timer that watches over a running renewal run (RenewalRunWatch). */
record RunWatch(long runId) implements Serializable {}
