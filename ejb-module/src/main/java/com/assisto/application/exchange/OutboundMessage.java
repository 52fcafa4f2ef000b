package com.assisto.application.exchange;

import com.assisto.domain.outbox.OutboxMessage;

/**
 * An outbox message as a route delivers it: its id to report back, its type and reference (the
 * idempotency key the ERP sees), Assisto's neutral JSON of the document, and how many times it
 * was tried before.
 */
public record OutboundMessage(long id, String type, String reference, String payload, int attempts) {

    static OutboundMessage of(OutboxMessage message) {
        return new OutboundMessage(
                message.getId(),
                message.getType(),
                message.getReference(),
                message.getPayload(),
                message.getAttempts());
    }
}
