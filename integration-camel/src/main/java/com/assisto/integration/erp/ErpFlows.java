package com.assisto.integration.erp;

import com.assisto.application.exchange.DeadLetters;
import com.assisto.application.exchange.ErpSettings;
import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.application.exchange.OutboxDelivery;
import com.assisto.domain.exchange.DeadLetter;
import com.assisto.domain.exchange.Direction;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.Transport;
import com.assisto.domain.shared.ValidationException;
import com.assisto.integration.erp.exchange.DropFolderRoute;
import com.assisto.integration.erp.exchange.InboundFlow;
import com.assisto.integration.erp.exchange.InboundRun;
import com.assisto.integration.erp.exchange.JsonRecords;
import com.assisto.integration.erp.outbound.OutboundRoutes;
import com.assisto.integration.erp.webapi.WebApiPollRoute;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.camel.spi.IdempotentRepository;

/**
 * What a person does with the ERP exchange (the console and the REST API): run a flow now, resume
 * a flow the ERP's refusal of the credentials stopped, and replay a dead letter through its flow.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErpFlows {

    @EJB
    private ErpCamelContext erp;

    @Inject
    private ExchangeJournal journal;

    @Inject
    private DeadLetters deadLetters;

    @Inject
    private OutboxDelivery outbox;

    @Inject
    @Any
    private Instance<InboundFlow<?>> inboundFlows;

    @Inject
    private InboundRun run;

    @Inject
    private ErpSettings settings;

    /**
     * Runs a flow now, as its timer would: an outbound flow delivers what is due, an inbound flow
     * polled from the WebAPI polls; drop folders and pushes take what comes as it comes.
     */
    public void runNow(ErpFlow flow) {
        String uri;
        if (flow.direction() == Direction.OUTBOUND) {
            uri = OutboundRoutes.deliverUri(flow);
        } else if (settings.transport(flow) == Transport.REST_POLL) {
            uri = WebApiPollRoute.pollUri(flow);
        } else {
            throw new ValidationException("flow", "exchange.runInbound", flow);
        }
        if (!new FlowRun(erp.camel()).alone(flow, uri)) {
            throw new ValidationException("flow", "exchange.flowBusy", flow);
        }
    }

    /**
     * Takes a message the ERP pushed (X3, REST or SOAP push): its records, shaped as the WebAPI
     * answers, go through the flow's run as one exchange. The message is taken once: a message
     * with a key already received (the ERP's message key, or else the SHA-256 of its content) is
     * logged as a duplicate and changes nothing. A message that breaks off the run may be sent
     * again.
     */
    public PushResult push(ErpFlow flow, Transport transport, String messageKey, String message, String source) {
        InboundFlow<?> inbound = inbound(flow);
        JsonArray records;
        try {
            records = JsonRecords.of(message);
        } catch (IllegalArgumentException malformed) {
            throw new ValidationException("message", "exchange.badMessage", malformed.getMessage());
        }
        String key =
                flow.settingName() + ":" + (messageKey == null || messageKey.isBlank() ? sha256(message) : messageKey);
        IdempotentRepository received =
                erp.camel().getRegistry().lookupByNameAndType(DropFolderRoute.RECEIVED, IdempotentRepository.class);
        if (!received.add(key)) {
            return new PushResult(journal.duplicate(flow, transport, source), true, ExchangeCounts.NONE);
        }
        try {
            InboundRun.Result result = push(inbound, transport, records, source);
            return new PushResult(result.exchangeId(), false, result.counts());
        } catch (RuntimeException broken) {
            received.remove(key);
            throw broken;
        }
    }

    private <R> InboundRun.Result push(InboundFlow<R> inbound, Transport transport, JsonArray records, String source) {
        return run.run(inbound.flow(), transport, source, JsonRecords.parsed(records, inbound), inbound::apply, 1000);
    }

    /** A pushed message's exchange, whether it was a duplicate, and what it did. */
    public record PushResult(long exchangeId, boolean duplicate, ExchangeCounts counts) {}

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private InboundFlow<?> inbound(ErpFlow flow) {
        return inboundFlows.stream()
                .filter(candidate -> candidate.flow() == flow)
                .findFirst()
                .orElseThrow(() -> new ValidationException("flow", "exchange.noReplay", flow));
    }

    public void resume(ErpFlow flow) {
        journal.resume(flow);
    }

    /**
     * Replays a dead letter: an outbound document goes back into the outbox queue; an inbound
     * record, corrected or as it was, is applied through its flow as a new exchange, and is a new
     * dead letter if it is refused again.
     */
    public void replay(long deadLetterId, long version, String payload, String by) {
        DeadLetter deadLetter = deadLetters.replayed(deadLetterId, version, payload, by);
        ErpFlow flow = deadLetter.getFlow();
        if (flow.direction() == Direction.OUTBOUND) {
            outbox.retry(flow, deadLetter.getRecordKey());
            return;
        }
        replay(inbound(flow), deadLetter, "dead letter " + deadLetterId);
    }

    /** The record goes through the same run as the ERP's records: a new exchange, a new dead letter if refused again. */
    private <R> void replay(InboundFlow<R> inbound, DeadLetter deadLetter, String source) {
        run.run(
                inbound.flow(),
                Transport.FILE,
                source,
                List.of(inbound.fromPayload(deadLetter.getPayload(), deadLetter.getRecordKey()))
                        .iterator(),
                inbound::apply,
                1);
    }
}
