package com.assisto.domain.outbox;

/** Where messages to the ERP wait for the integration routes. */
public interface OutboxRepository {

    void add(OutboxMessage message);
}
