package com.assisto.interfaces.rest.warning;

import com.assisto.application.warning.Inbox;
import com.assisto.domain.warning.InboxMessage;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Page;
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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own inbox of warnings (C10, C11). */
@ApplicationScoped
@Path("inbox")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Warnings")
@Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
public class InboxResource {

    @EJB
    private Inbox inbox;

    /** A message in the caller's inbox. */
    public record MessageDto(
            long id, String kind, Long contractId, String subject, String body, Instant createdAt, Instant readAt) {}

    @GET
    @Operation(summary = "The caller's inbox, newest first")
    public List<MessageDto> messages(@QueryParam("unread") boolean unreadOnly, @QueryParam("limit") Integer limit) {
        return inbox.messages(unreadOnly, Page.limit(limit)).stream()
                .map(InboxResource::dto)
                .toList();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's messages read")
    public MessageDto markRead(@PathParam("id") long id) {
        return dto(inbox.markRead(id));
    }

    static MessageDto dto(InboxMessage message) {
        return new MessageDto(
                message.getId(),
                message.getKind().name(),
                message.getContractId(),
                Objects.toString(message.getSubject(), ""),
                Objects.toString(message.getBody(), ""),
                message.getCreatedAt(),
                message.getReadAt());
    }
}
