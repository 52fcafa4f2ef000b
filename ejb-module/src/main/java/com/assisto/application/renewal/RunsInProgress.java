package com.assisto.application.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The renewal runs going on in this server right now (not in the cluster: each instance has its own). */
@ApplicationScoped
public class RunsInProgress {

    private final Set<Long> runs = ConcurrentHashMap.newKeySet();

    void started(long runId) {
        runs.add(runId);
    }

    void ended(long runId) {
        runs.remove(runId);
    }

    boolean here(long runId) {
        return runs.contains(runId);
    }
}
