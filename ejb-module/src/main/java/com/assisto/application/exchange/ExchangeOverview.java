package com.assisto.application.exchange;

import com.assisto.domain.exchange.DeadLetterRepository;
import com.assisto.domain.exchange.DeadLetterStatus;
import com.assisto.domain.exchange.Direction;
import com.assisto.domain.exchange.ErpExchange;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeOutcome;
import com.assisto.domain.exchange.ExchangeRepository;
import com.assisto.domain.exchange.FlowPauses;
import com.assisto.domain.exchange.Transport;
import com.assisto.domain.outbox.OutboxRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of every flow of the ERP exchange, for the console, the REST API and readiness:
 * how it travels, when it last succeeded and failed, its open dead letters and, outbound, how
 * many messages wait and for how long.
 */
@Stateless
public class ExchangeOverview {

    @Inject
    private ExchangeRepository exchanges;

    @Inject
    private DeadLetterRepository deadLetters;

    @Inject
    private OutboxRepository outbox;

    @Inject
    private ErpSettings settings;

    @Inject
    private FlowPauses pauses;

    public List<FlowStatus> flows() {
        Map<ErpFlow, String> paused = pauses.all();
        return Arrays.stream(ErpFlow.values())
                .map(flow -> status(flow, paused.get(flow)))
                .toList();
    }

    private FlowStatus status(ErpFlow flow, String pausedBecause) {
        Optional<ErpExchange> success =
                exchanges.last(flow, List.of(ExchangeOutcome.OK, ExchangeOutcome.PARTIAL, ExchangeOutcome.DUPLICATE));
        Optional<ErpExchange> failure = exchanges.last(flow, List.of(ExchangeOutcome.FAILED));
        OutboxRepository.Backlog backlog = flow.direction() == Direction.OUTBOUND
                ? outbox.backlog(flow.messageType().orElseThrow())
                : new OutboxRepository.Backlog(0, null);
        return new FlowStatus(
                flow,
                settings.transport(flow),
                success.map(ErpExchange::getStartedAt).orElse(null),
                failure.map(ErpExchange::getStartedAt).orElse(null),
                failure.map(ErpExchange::getError).orElse(null),
                deadLetters.count(DeadLetterStatus.OPEN, flow),
                backlog.pending(),
                backlog.oldest(),
                pausedBecause);
    }

    public List<ErpExchange> recent(ErpFlow flow, int first, int max) {
        return exchanges.recent(flow, first, max);
    }

    public long count(ErpFlow flow) {
        return exchanges.count(flow);
    }

    public Optional<ErpExchange> find(long id) {
        return exchanges.find(id);
    }

    /** A flow's state. The backlog's age is what readiness compares with its limit. */
    public record FlowStatus(
            ErpFlow flow,
            Transport transport,
            Instant lastSuccess,
            Instant lastFailure,
            String lastError,
            long openDeadLetters,
            long backlog,
            Instant oldestWaiting,
            String pausedBecause) {

        public Duration backlogAge(Instant now) {
            return oldestWaiting == null ? Duration.ZERO : Duration.between(oldestWaiting, now);
        }
    }
}
