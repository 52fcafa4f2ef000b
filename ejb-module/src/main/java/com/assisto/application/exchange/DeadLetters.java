package com.assisto.application.exchange;

import com.assisto.domain.exchange.DeadLetter;
import com.assisto.domain.exchange.DeadLetterRepository;
import com.assisto.domain.exchange.DeadLetterStatus;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The dead letters as the back office works them: listed, read, discarded, or marked replayed
 * with the corrected payload that the ERP exchange then applies through the record's flow.
 */
@Stateless
public class DeadLetters {

    @Inject
    private DeadLetterRepository deadLetters;

    public List<DeadLetter> page(DeadLetterStatus status, ErpFlow flow, int first, int max) {
        return deadLetters.page(status, flow, first, max);
    }

    public long count(DeadLetterStatus status, ErpFlow flow) {
        return deadLetters.count(status, flow);
    }

    public List<DeadLetter> ofExchange(long exchangeId) {
        return deadLetters.ofExchange(exchangeId);
    }

    public DeadLetter get(long id) {
        return deadLetters.find(id).orElseThrow(() -> new NotFoundException("DeadLetter", id));
    }

    public DeadLetter discard(long id, long version, String by) {
        DeadLetter deadLetter = get(id);
        deadLetter.checkVersion(version);
        deadLetter.discard(by, Instant.now());
        return deadLetter;
    }

    /**
     * Marks the dead letter replayed with the payload to apply, committed before the flow applies
     * it: a replay that fails again makes a new dead letter instead of leaving this one open.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeadLetter replayed(long id, long version, String payload, String by) {
        DeadLetter deadLetter = get(id);
        deadLetter.checkVersion(version);
        deadLetter.replayed(payload, by, Instant.now());
        return deadLetter;
    }
}
