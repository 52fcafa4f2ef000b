package com.assisto.domain.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where messages to the ERP wait for the integration routes. */
public interface OutboxRepository {

    void add(OutboxMessage message);

    Optional<OutboxMessage> find(long id);

    /** The messages with these ids; ids of no message are left out. */
    List<OutboxMessage> findAll(Collection<Long> ids);

    Optional<OutboxMessage> findByReference(String type, String reference);

    /** Pending messages of a type whose next attempt is due, oldest first. */
    List<OutboxMessage> due(String type, Instant now, int limit);

    /** How many messages of the type wait, and since when the oldest waits (null when none). */
    Backlog backlog(String type);

    record Backlog(long pending, Instant oldest) {}
}
