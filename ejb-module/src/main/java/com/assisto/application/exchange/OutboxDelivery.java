package com.assisto.application.exchange;

import com.assisto.domain.exchange.DeadLetter;
import com.assisto.domain.exchange.DeadLetterRepository;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.outbox.OutboxMessage;
import com.assisto.domain.outbox.OutboxRepository;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery state of the outbox (X2, X4). Delivery is at least once: a message is marked sent
 * only after the ERP acknowledged it, each state change in a transaction of its own, so a crash
 * between the ERP's answer and the mark sends it again, and the ERP, seeing the same idempotency
 * key, books it once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    @Inject
    private OutboxRepository outbox;

    @Inject
    private DeadLetterRepository deadLetters;

    @Inject
    @ConfigProperty(name = "erp.outbound.retry-delay", defaultValue = "PT30S")
    private String retryDelay;

    @Inject
    @ConfigProperty(name = "erp.outbound.retry-max-delay", defaultValue = "PT1H")
    private String retryMaxDelay;

    /** The flow's messages due for delivery now, oldest first. */
    public List<OutboundMessage> due(ErpFlow flow, int limit) {
        return outbox.due(type(flow), Instant.now(), limit).stream()
                .map(OutboundMessage::of)
                .toList();
    }

    /**
     * Marks sent the messages the ERP acknowledged, by id with the ERP's document for each, in one
     * transaction: one per message cost a fifth of a delivery's time. Should the server stop
     * before it, the ERP is sent them again and answers that it booked them already.
     */
    public void acknowledged(Map<Long, String> erpDocuments) {
        Instant now = Instant.now();
        outbox.findAll(erpDocuments.keySet())
                .forEach(message -> message.acknowledged(erpDocuments.get(message.getId()), now));
    }

    /** The ERP was unreachable or failed: the message is tried again later, each time later. */
    public void attemptFailed(long messageId, String error) {
        get(messageId).attemptFailed(error, Instant.now(), Duration.parse(retryDelay), Duration.parse(retryMaxDelay));
    }

    /** The ERP refused the message as wrong: it waits as a dead letter of the exchange. */
    public void refused(long exchangeId, ErpFlow flow, long messageId, Message reason) {
        OutboxMessage message = get(messageId);
        message.refused(reason.toString());
        deadLetters.add(new DeadLetter(
                exchangeId, flow, message.getReference(), null, reason, message.getPayload(), Instant.now()));
    }

    /** Records the invoice the ERP made of a document sent; false when no such document was sent. */
    public boolean invoiced(ErpFlow flow, String reference, String invoiceNumber, LocalDate invoiceDate) {
        Optional<OutboxMessage> message = outbox.findByReference(type(flow), reference);
        message.ifPresent(sent -> sent.invoiced(invoiceNumber, invoiceDate));
        return message.isPresent();
    }

    /** Puts a refused message back in the queue, when a person replays its dead letter. */
    public void retry(ErpFlow flow, String reference) {
        outbox.findByReference(type(flow), reference)
                .orElseThrow(() -> new NotFoundException("OutboxMessage", reference))
                .retry();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OutboxRepository.Backlog backlog(ErpFlow flow) {
        return outbox.backlog(type(flow));
    }

    private static String type(ErpFlow flow) {
        return flow.messageType().orElseThrow(() -> new IllegalArgumentException(flow + " is not an outbound flow"));
    }

    private OutboxMessage get(long messageId) {
        return outbox.find(messageId).orElseThrow(() -> new NotFoundException("OutboxMessage", messageId));
    }
}
