package com.assisto.integration.erp.outbound;

import com.assisto.application.exchange.OutboundMessage;
import com.assisto.application.exchange.OutboxDelivery;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.shared.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox kept in memory, for route tests that run without a server: it hands out the
 * messages given to it and records what the route reported of each. The route reports from
 * several threads at once, hence the locks.
 */
class InMemoryOutbox extends OutboxDelivery {

    enum State {
        /** Waiting to be delivered. */
        PENDING,
        /** The ERP acknowledged it. */
        SENT,
        /** The ERP could not take it now; due again only after a back-off, so not within one test. */
        RETRY_LATER,
        /** The ERP refused it: a dead letter. */
        REFUSED
    }

    /** A message and what the route last reported of it. */
    static final class Entry {
        final OutboundMessage message;
        State state = State.PENDING;
        /** How many times the route reported on the message: once per delivery, never twice. */
        int reports;

        String erpDocument;
        String error;
        Message refusal;
        long refusedInExchange;

        Entry(OutboundMessage message) {
            this.message = message;
        }

        private void reported(State newState) {
            state = newState;
            reports++;
        }
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private long lastId;

    /** Puts a message in the outbox and answers it as the route will receive it. */
    synchronized OutboundMessage add(String type, String reference, String payload) {
        OutboundMessage message = new OutboundMessage(++lastId, type, reference, payload, 0);
        entries.put(message.id(), new Entry(message));
        return message;
    }

    synchronized Entry entry(long messageId) {
        Entry entry = entries.get(messageId);
        if (entry == null) {
            throw new IllegalArgumentException("no outbox message " + messageId);
        }
        return entry;
    }

    @Override
    public synchronized List<OutboundMessage> due(ErpFlow flow, int limit) {
        String type = flow.messageType().orElseThrow();
        return entries.values().stream()
                .filter(entry ->
                        entry.state == State.PENDING && entry.message.type().equals(type))
                .map(entry -> entry.message)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void acknowledged(Map<Long, String> erpDocuments) {
        erpDocuments.forEach((messageId, erpDocument) -> {
            Entry entry = entry(messageId);
            entry.erpDocument = erpDocument;
            entry.reported(State.SENT);
        });
    }

    @Override
    public synchronized void attemptFailed(long messageId, String error) {
        Entry entry = entry(messageId);
        entry.error = error;
        entry.reported(State.RETRY_LATER);
    }

    @Override
    public synchronized void refused(long exchangeId, ErpFlow flow, long messageId, Message reason) {
        Entry entry = entry(messageId);
        entry.refusal = reason;
        entry.refusedInExchange = exchangeId;
        entry.reported(State.REFUSED);
    }
}
