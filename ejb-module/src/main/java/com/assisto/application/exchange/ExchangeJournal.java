package com.assisto.application.exchange;

import com.assisto.domain.exchange.DeadLetter;
import com.assisto.domain.exchange.DeadLetterRepository;
import com.assisto.domain.exchange.ErpExchange;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.ExchangeRepository;
import com.assisto.domain.exchange.FlowPauses;
import com.assisto.domain.exchange.PollWatermarks;
import com.assisto.domain.exchange.Rejection;
import com.assisto.domain.exchange.Transport;
import com.assisto.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes the exchange log (X4). Each call runs in a transaction of its own: the log and the dead
 * letters must outlive a failed batch, and an exchange opened before its first record shows up as
 * still running if the server dies in the middle of it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExchangeJournal {

    @Inject
    private ExchangeRepository exchanges;

    @Inject
    private DeadLetterRepository deadLetters;

    @Inject
    private FlowPauses pauses;

    @Inject
    private PollWatermarks watermarks;

    @Inject
    private ExchangeMetrics metrics;

    /** Opens an exchange and answers its id. */
    public long begin(ErpFlow flow, Transport transport, String source) {
        ErpExchange exchange = new ErpExchange(flow, transport, source, Instant.now());
        exchanges.add(exchange);
        return exchange.getId();
    }

    public void finish(long exchangeId, ExchangeCounts counts) {
        ErpExchange exchange = get(exchangeId);
        exchange.finish(counts, Instant.now());
        metrics.ended(exchange.getFlow(), exchange.getOutcome(), counts);
    }

    public void fail(long exchangeId, String error, ExchangeCounts counts) {
        ErpExchange exchange = get(exchangeId);
        exchange.fail(error, counts, Instant.now());
        metrics.ended(exchange.getFlow(), exchange.getOutcome(), counts);
    }

    /** Logs a file or message received before, which is not processed again. */
    public long duplicate(ErpFlow flow, Transport transport, String source) {
        ErpExchange exchange = new ErpExchange(flow, transport, source, Instant.now());
        exchanges.add(exchange);
        exchange.finish(ExchangeCounts.duplicate(1), Instant.now());
        metrics.ended(flow, exchange.getOutcome(), ExchangeCounts.duplicate(1));
        return exchange.getId();
    }

    /** Keeps the records the exchange could not apply, with their reasons and payloads. */
    public void deadLetters(long exchangeId, ErpFlow flow, List<Rejection> rejections) {
        Instant now = Instant.now();
        for (Rejection rejection : rejections) {
            deadLetters.add(new DeadLetter(
                    exchangeId, flow, rejection.key(), rejection.line(), rejection.reason(), rejection.payload(), now));
        }
    }

    /** Stops the flow calling the ERP until a person resumes it (the ERP refused the credentials). */
    public void pause(ErpFlow flow, String reason) {
        pauses.pause(flow, reason, Instant.now());
    }

    public void resume(ErpFlow flow) {
        pauses.resume(flow);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isPaused(ErpFlow flow) {
        return pauses.isPaused(flow);
    }

    private ErpExchange get(long exchangeId) {
        return exchanges.find(exchangeId).orElseThrow(() -> new NotFoundException("ErpExchange", exchangeId));
    }

    /** The day the flow's next poll reads from; empty before its first poll. */
    public Optional<LocalDate> pollSince(ErpFlow flow) {
        return watermarks.since(flow);
    }

    /** Records a poll that applied what it read: the next one reads from the day it started. */
    public void polled(ErpFlow flow, LocalDate startedOn) {
        watermarks.polled(flow, startedOn, Instant.now());
    }
}
