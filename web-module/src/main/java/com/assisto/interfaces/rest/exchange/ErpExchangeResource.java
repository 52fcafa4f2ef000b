package com.assisto.interfaces.rest.exchange;

import com.assisto.application.exchange.DeadLetters;
import com.assisto.application.exchange.ExchangeOverview;
import com.assisto.domain.exchange.DeadLetter;
import com.assisto.domain.exchange.DeadLetterStatus;
import com.assisto.domain.exchange.ErpExchange;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.integration.erp.ErpFlows;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ERP exchange (X4) for the back office and administrators: each flow's state, the exchange
 * log with each exchange's rejected records, the dead letters, and what a person does about them:
 * run a flow now, resume a paused one, replay (corrected) or discard a dead letter. Flows are
 * named as in the settings: {@code instalments}, {@code open-items}.
 */
@ApplicationScoped
@Path("erp")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ERP exchange")
@Allowed({"ADMIN", "BACKOFFICE"})
public class ErpExchangeResource {

    @EJB
    private ExchangeOverview overview;

    @EJB
    private DeadLetters deadLetters;

    @EJB
    private ErpFlows flows;

    /** A flow's state; the backlog's age in seconds. */
    public record FlowDto(
            String flow,
            String direction,
            String transport,
            Instant lastSuccess,
            Instant lastFailure,
            String lastError,
            long openDeadLetters,
            long backlog,
            long backlogAgeSeconds,
            String pausedBecause) {}

    public record ExchangeDto(
            long id,
            String flow,
            String direction,
            String transport,
            String source,
            Instant startedAt,
            Instant endedAt,
            String outcome,
            int received,
            int applied,
            int unchanged,
            int rejected,
            int duplicate,
            String error) {}

    public record DeadLetterDto(
            long id,
            long version,
            long exchangeId,
            String flow,
            String key,
            Long line,
            String reason,
            String payload,
            String status,
            Instant createdAt,
            Instant resolvedAt,
            String resolvedBy) {}

    /** An exchange and the records it could not apply. */
    public record ExchangeDetailDto(ExchangeDto exchange, List<DeadLetterDto> deadLetters) {}

    /** A replay: the dead letter's version, and the payload to apply (the stored one when left out). */
    public record ReplayDto(Long version, String payload) {}

    public record DiscardDto(Long version) {}

    @GET
    @Path("flows")
    @Operation(summary = "Every flow's transport, last success and failure, open dead letters and outbound backlog")
    public List<FlowDto> flows() {
        Instant now = Instant.now();
        return overview.flows().stream()
                .map(status -> new FlowDto(
                        status.flow().settingName(),
                        status.flow().direction().name(),
                        status.transport().name(),
                        status.lastSuccess(),
                        status.lastFailure(),
                        status.lastError(),
                        status.openDeadLetters(),
                        status.backlog(),
                        status.backlogAge(now).toSeconds(),
                        status.pausedBecause()))
                .toList();
    }

    @POST
    @Path("flows/{flow}/run")
    @Operation(summary = "Deliver an outbound flow's due documents now, as its timer would")
    public Response run(@PathParam("flow") String flow) {
        flows.runNow(flow(flow));
        return Response.noContent().build();
    }

    @POST
    @Path("flows/{flow}/resume")
    @Allowed({"ADMIN"})
    @Operation(summary = "Resume a flow stopped because the ERP refused the credentials (HTTP 401)")
    public Response resume(@PathParam("flow") String flow) {
        flows.resume(flow(flow));
        return Response.noContent().build();
    }

    @GET
    @Path("exchanges")
    @Operation(summary = "The exchange log, newest first, of one flow or of all")
    public List<ExchangeDto> exchanges(
            @QueryParam("flow") String flow, @QueryParam("first") Integer first, @QueryParam("limit") Integer limit) {
        return overview
                .recent(
                        flow == null || flow.isBlank() ? null : flow(flow),
                        first == null ? 0 : Math.max(0, first),
                        Page.limit(limit))
                .stream()
                .map(ErpExchangeResource::dto)
                .toList();
    }

    @GET
    @Path("exchanges/{id}")
    @Operation(summary = "An exchange with the records it rejected")
    public ExchangeDetailDto exchange(@PathParam("id") long id) {
        ErpExchange exchange = overview.find(id).orElseThrow(() -> new NotFoundException("ErpExchange", id));
        return new ExchangeDetailDto(
                dto(exchange),
                deadLetters.ofExchange(id).stream()
                        .map(ErpExchangeResource::dto)
                        .toList());
    }

    @GET
    @Path("dead-letters")
    @Operation(summary = "Dead letters, newest first; status OPEN, REPLAYED or DISCARDED")
    public List<DeadLetterDto> deadLetters(
            @QueryParam("status") String status,
            @QueryParam("flow") String flow,
            @QueryParam("first") Integer first,
            @QueryParam("limit") Integer limit) {
        return deadLetters
                .page(
                        Params.enumValue("status", status, DeadLetterStatus.class),
                        flow == null || flow.isBlank() ? null : flow(flow),
                        first == null ? 0 : Math.max(0, first),
                        Page.limit(limit))
                .stream()
                .map(ErpExchangeResource::dto)
                .toList();
    }

    @GET
    @Path("dead-letters/{id}")
    public DeadLetterDto deadLetter(@PathParam("id") long id) {
        return dto(deadLetters.get(id));
    }

    @POST
    @Path("dead-letters/{id}/replay")
    @Operation(
            summary = "Apply a dead letter again through its flow, with a corrected payload or as it was;"
                    + " refused again, it makes a new dead letter")
    public DeadLetterDto replay(@PathParam("id") long id, ReplayDto body, @Context SecurityContext security) {
        Bodies.required(body);
        String payload = body.payload() == null || body.payload().isBlank()
                ? deadLetters.get(id).getPayload()
                : body.payload();
        flows.replay(
                id,
                Bodies.version(body.version()),
                payload,
                security.getUserPrincipal().getName());
        return dto(deadLetters.get(id));
    }

    @POST
    @Path("dead-letters/{id}/discard")
    @Operation(summary = "Close a dead letter without applying it")
    public DeadLetterDto discard(@PathParam("id") long id, DiscardDto body, @Context SecurityContext security) {
        Bodies.required(body);
        return dto(deadLetters.discard(
                id, Bodies.version(body.version()), security.getUserPrincipal().getName()));
    }

    private static ErpFlow flow(String name) {
        String plain = name.trim().toLowerCase(Locale.ROOT);
        return ErpFlow.bySettingName(plain)
                .or(() -> ErpFlow.bySettingName(plain.replace('_', '-')))
                .orElseThrow(() -> new NotFoundException("ErpFlow", name));
    }

    static ExchangeDto dto(ErpExchange exchange) {
        var counts = exchange.counts();
        return new ExchangeDto(
                exchange.getId(),
                exchange.getFlow().settingName(),
                exchange.getDirection().name(),
                exchange.getTransport().name(),
                exchange.getSource(),
                exchange.getStartedAt(),
                exchange.getEndedAt(),
                exchange.getOutcome().name(),
                counts.received(),
                counts.applied(),
                counts.unchanged(),
                counts.rejected(),
                counts.duplicate(),
                exchange.getError());
    }

    static DeadLetterDto dto(DeadLetter deadLetter) {
        return new DeadLetterDto(
                deadLetter.getId(),
                deadLetter.getVersion(),
                deadLetter.getExchangeId(),
                deadLetter.getFlow().settingName(),
                deadLetter.getRecordKey(),
                deadLetter.getLineNumber(),
                deadLetter.reason().toString(),
                deadLetter.getPayload(),
                deadLetter.getStatus().name(),
                deadLetter.getCreatedAt(),
                deadLetter.getResolvedAt(),
                deadLetter.getResolvedBy());
    }
}
