package com.assisto.application.shared;

import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.contract.Instalment;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.outbox.OutboxMessage;
import com.assisto.domain.outbox.OutboxRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;

/**
 * Queues documents for the ERP to invoice, in the transaction that makes them: the routes of
 * the ERP exchange read the outbox, so a document is never lost or invoiced twice.
 */
@Stateless
public class ErpOutbox {

    /** One provider for every call: {@code Json.create…} looks the provider up anew each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String DELIVERY_NOTE = ErpFlow.DELIVERY_NOTES.messageType().orElseThrow();
    static final String INSTALMENT = ErpFlow.INSTALMENTS.messageType().orElseThrow();

    @Inject
    private OutboxRepository outbox;

    public void queue(DeliveryNote note) {
        String payload = JSON.createObjectBuilder()
                .add("number", note.getNumber())
                .add("date", note.getNoteDate().toString())
                .add("kind", note.getKind().name())
                .add("contract", note.getContract().getNumber())
                .add("customer", note.getContract().getCustomer().getCode())
                .add("description", note.getDescription())
                .add(
                        "item",
                        note.getLine().getItem() == null
                                ? ""
                                : note.getLine().getItem().getCode())
                .add("amount", note.signedAmount())
                .build()
                .toString();
        outbox.add(new OutboxMessage(DELIVERY_NOTE, note.getNumber(), payload, Instant.now()));
    }

    public void queue(Instalment instalment) {
        String reference = instalment.getContract().getNumber() + "#" + instalment.getSequence();
        String payload = JSON.createObjectBuilder()
                .add("contract", instalment.getContract().getNumber())
                .add("customer", instalment.getContract().getCustomer().getCode())
                .add("sequence", instalment.getSequence())
                .add("dueDate", instalment.getDueDate().toString())
                .add("periodFrom", instalment.getPeriodFrom().toString())
                .add("periodTo", instalment.getPeriodTo().toString())
                .add("amount", instalment.getAmount())
                .add(
                        "paymentTerms",
                        instalment.getContract().getPaymentTerms() == null
                                ? ""
                                : instalment.getContract().getPaymentTerms())
                .build()
                .toString();
        outbox.add(new OutboxMessage(INSTALMENT, reference, payload, Instant.now()));
    }
}
