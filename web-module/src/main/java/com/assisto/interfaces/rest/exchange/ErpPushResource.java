package com.assisto.interfaces.rest.exchange;

import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.Transport;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.integration.erp.ErpFlows;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ERP pushes an inbound flow's records to Assisto (X3, REST push), shaped as its WebAPI
 * answers: {@code {"dati": [ ... ]}}. The ERP calls it as a user of its own with the ERP role, which opens nothing else.
 * The {@code Idempotency-Key} header, the ERP's key of the message, makes a resend change nothing;
 * without it the message's content is the key.
 */
@ApplicationScoped
@Path("erp/inbound")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ERP exchange")
@Allowed({"ADMIN", "ERP"})
public class ErpPushResource {

    @EJB
    private ErpFlows flows;

    /** What the message did: its exchange in the log, whether it had been received before, and the counts. */
    public record PushReply(
            long exchangeId, boolean duplicate, int received, int applied, int unchanged, int rejected) {}

    @POST
    @Path("{flow}")
    @Operation(
            summary = "Receive records of an inbound flow (open-items, stock, invoicing-results): each bad record"
                    + " becomes a dead letter, the good ones are applied; a message already received changes nothing")
    public PushReply push(@PathParam("flow") String flow, @HeaderParam("Idempotency-Key") String key, String message) {
        if (message == null || message.isBlank()) {
            throw new ValidationException("message", "value.required");
        }
        ErpFlow inbound = ErpFlow.bySettingName(flow.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("ErpFlow", flow));
        ErpFlows.PushResult result = flows.push(
                inbound, Transport.REST_PUSH, key, message, "POST /api/erp/inbound/" + inbound.settingName());
        return new PushReply(
                result.exchangeId(),
                result.duplicate(),
                result.counts().received(),
                result.counts().applied(),
                result.counts().unchanged(),
                result.counts().rejected());
    }
}
