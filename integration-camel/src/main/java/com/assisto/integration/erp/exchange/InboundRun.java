package com.assisto.integration.erp.exchange;

import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.Rejection;
import com.assisto.domain.exchange.Transport;
import com.assisto.domain.shared.Message;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one inbound exchange (X4): opens it in the log, hands the records to the flow's applier in
 * batches (a transaction each), keeps every record that could not be read or applied as a dead
 * letter with its line, reason and payload, and closes the exchange with its counts. The good
 * records are applied whatever happens to the bad ones. When the run itself breaks (the database
 * is gone) the exchange is closed as failed with what was done so far, and the error goes on.
 */
@Dependent
public class InboundRun {

    private final ExchangeJournal journal;

    @Inject
    public InboundRun(ExchangeJournal journal) {
        this.journal = journal;
    }

    /** Applies the records and answers the exchange's id and counts. */
    public <R> Result run(
            ErpFlow flow,
            Transport transport,
            String source,
            Iterator<Parsed<R>> records,
            Function<List<R>, BatchOutcome> applier,
            int batchSize) {
        long exchangeId = journal.begin(flow, transport, source);
        ExchangeCounts counts = ExchangeCounts.NONE;
        try {
            List<Parsed<R>> batch = new ArrayList<>(batchSize);
            List<Rejection> rejected = new ArrayList<>();
            while (records.hasNext()) {
                Parsed<R> record = records.next();
                if (record.readable()) {
                    batch.add(record);
                } else {
                    rejected.add(rejection(record, record.problem()));
                }
                if (batch.size() == batchSize || rejected.size() >= batchSize) {
                    counts = counts.plus(apply(exchangeId, flow, batch, rejected, applier));
                }
            }
            counts = counts.plus(apply(exchangeId, flow, batch, rejected, applier));
            journal.finish(exchangeId, counts);
            return new Result(exchangeId, counts);
        } catch (RuntimeException broken) {
            journal.fail(exchangeId, broken.getMessage(), counts);
            throw broken;
        }
    }

    private <R> ExchangeCounts apply(
            long exchangeId,
            ErpFlow flow,
            List<Parsed<R>> batch,
            List<Rejection> rejected,
            Function<List<R>, BatchOutcome> applier) {
        int unreadable = rejected.size();
        BatchOutcome outcome = new BatchOutcome();
        if (!batch.isEmpty()) {
            outcome = applier.apply(batch.stream().map(Parsed::record).toList());
            for (BatchOutcome.Refusal refusal : outcome.getRefused()) {
                rejected.add(rejection(batch.get(refusal.index()), refusal.reason()));
            }
        }
        if (!rejected.isEmpty()) {
            journal.deadLetters(exchangeId, flow, rejected);
        }
        ExchangeCounts counts = new ExchangeCounts(
                batch.size() + unreadable, outcome.getApplied(), outcome.getUnchanged(), rejected.size(), 0);
        batch.clear();
        rejected.clear();
        return counts;
    }

    private static Rejection rejection(Parsed<?> record, Message reason) {
        Message placed = record.line() == null ? reason : Message.of("exchange.line", record.line(), reason);
        return new Rejection(record.key(), record.line(), placed, record.payload());
    }

    /** The exchange's id in the log and what it did. */
    public record Result(long exchangeId, ExchangeCounts counts) {}
}
