package com.assisto.application.exchange;

import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.InvoicingResult;
import com.assisto.domain.outbox.OutboxMessage;
import com.assisto.domain.outbox.OutboxRepository;
import com.assisto.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the ERP's invoicing results (C12, X1), a batch per transaction: the document sent is
 * found by its reference among the outbound flows' messages and takes the invoice's number and
 * date (a document whose acknowledgement was lost counts as sent); an instalment becomes invoiced
 * on its contract. A result for a document Assisto never sent is refused with its reason.
 */
@Stateless
public class InvoicingResults {

    @Inject
    private OutboxRepository outbox;

    @Inject
    private ContractRepository contracts;

    public BatchOutcome apply(List<InvoicingResult> results) {
        BatchOutcome outcome = new BatchOutcome();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < results.size(); index++) {
            InvoicingResult result = results.get(index);
            Optional<Message> problem = result.problem();
            if (problem.isPresent()) {
                outcome.refuse(index, problem.get());
                continue;
            }
            if (!seen.add(result.reference())) {
                outcome.refuse(index, Message.of("invoicing.repeated", result.reference()));
                continue;
            }
            Optional<OutboxMessage> sent = sentDocument(result.reference());
            if (sent.isEmpty()) {
                outcome.refuse(
                        index,
                        Message.of(
                                "import.fieldError",
                                "riferimento",
                                Message.of("invoicing.unknown", result.reference())));
                continue;
            }
            OutboxMessage message = sent.get();
            if (Objects.equals(message.getErpInvoiceNumber(), result.invoiceNumber())
                    && Objects.equals(message.getErpInvoiceDate(), result.invoiceDate())) {
                outcome.unchanged();
                continue;
            }
            message.invoiced(result.invoiceNumber(), result.invoiceDate());
            if (ErpFlow.INSTALMENTS.messageType().orElseThrow().equals(message.getType())) {
                result.instalment()
                        .flatMap(instalment ->
                                contracts.findInstalment(instalment.contractNumber(), instalment.sequence()))
                        .ifPresent(instalment -> instalment.invoiced(result.invoiceNumber(), result.invoiceDate()));
            }
            outcome.applied();
        }
        return outcome;
    }

    private Optional<OutboxMessage> sentDocument(String reference) {
        for (ErpFlow flow : ErpFlow.values()) {
            Optional<OutboxMessage> message =
                    flow.messageType().flatMap(type -> outbox.findByReference(type, reference));
            if (message.isPresent()) {
                return message;
            }
        }
        return Optional.empty();
    }
}
