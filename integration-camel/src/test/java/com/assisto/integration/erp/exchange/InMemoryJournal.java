package com.assisto.integration.erp.exchange;

import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.Rejection;
import com.assisto.domain.exchange.Transport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The exchange log and the flow pauses kept in memory, for route tests that run without a
 * server. Pausing keeps the first reason, as the real pauses do.
 */
public class InMemoryJournal extends ExchangeJournal {

    public enum Outcome {
        RUNNING,
        FINISHED,
        FAILED,
        DUPLICATE
    }

    /** One exchange as the route logged it. */
    public static final class Run {
        public final long id;
        public final ErpFlow flow;
        public final Transport transport;
        public Outcome outcome = Outcome.RUNNING;
        public ExchangeCounts counts;
        public String error;

        Run(long id, ErpFlow flow, Transport transport) {
            this.id = id;
            this.flow = flow;
            this.transport = transport;
        }
    }

    private final List<Run> runs = new ArrayList<>();
    private final List<Rejection> deadLetters = new ArrayList<>();
    private final Map<ErpFlow, String> pauses = new EnumMap<>(ErpFlow.class);

    public synchronized List<Run> runs() {
        return List.copyOf(runs);
    }

    /** The only exchange logged: most tests make one run. */
    public synchronized Run onlyRun() {
        if (runs.size() != 1) {
            throw new AssertionError("expected one exchange in the log, found " + runs.size());
        }
        return runs.get(0);
    }

    public synchronized String pauseReason(ErpFlow flow) {
        return pauses.get(flow);
    }

    @Override
    public synchronized long begin(ErpFlow flow, Transport transport, String source) {
        Run run = new Run(runs.size() + 1L, flow, transport);
        runs.add(run);
        return run.id;
    }

    @Override
    public synchronized void finish(long exchangeId, ExchangeCounts counts) {
        close(exchangeId, Outcome.FINISHED, null, counts);
    }

    @Override
    public synchronized void fail(long exchangeId, String error, ExchangeCounts counts) {
        close(exchangeId, Outcome.FAILED, error, counts);
    }

    @Override
    public synchronized long duplicate(ErpFlow flow, Transport transport, String source) {
        Run run = new Run(runs.size() + 1L, flow, transport);
        runs.add(run);
        close(run.id, Outcome.DUPLICATE, null, ExchangeCounts.NONE);
        return run.id;
    }

    @Override
    public synchronized void deadLetters(long exchangeId, ErpFlow flow, List<Rejection> rejections) {
        deadLetters.addAll(rejections);
    }

    /** Every record kept as a dead letter, in order. */
    public synchronized List<Rejection> deadLetters() {
        return List.copyOf(deadLetters);
    }

    @Override
    public synchronized void pause(ErpFlow flow, String reason) {
        pauses.putIfAbsent(flow, reason);
    }

    @Override
    public synchronized boolean isPaused(ErpFlow flow) {
        return pauses.containsKey(flow);
    }

    private void close(long exchangeId, Outcome outcome, String error, ExchangeCounts counts) {
        Run run = runs.get((int) exchangeId - 1);
        if (run.outcome != Outcome.RUNNING) {
            throw new IllegalStateException("exchange " + exchangeId + " was closed already");
        }
        run.outcome = outcome;
        run.error = error;
        run.counts = counts;
    }
}
