package com.assisto.integration.erp;

import com.assisto.application.exchange.DeadLetters;
import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.application.exchange.OutboxDelivery;
import com.assisto.domain.exchange.DeadLetter;
import com.assisto.domain.exchange.Direction;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.shared.ValidationException;
import com.assisto.integration.erp.outbound.OutboundRoutes;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

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
    private Instance<RecordReplay> replays;

    /**
     * Runs an outbound flow now, as its timer would; inbound drop folders take files as they
     * come and need no run.
     */
    public void runNow(ErpFlow flow) {
        if (flow.direction() != Direction.OUTBOUND) {
            throw new ValidationException("flow", "exchange.runInbound", flow);
        }
        erp.camel().createProducerTemplate().sendBody(OutboundRoutes.deliverUri(flow), null);
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
        replays.stream()
                .filter(replay -> replay.flow() == flow)
                .findFirst()
                .orElseThrow(() -> new ValidationException("flow", "exchange.noReplay", flow))
                .replay(deadLetter.getPayload(), "dead letter " + deadLetterId);
    }
}
