package com.assisto.interfaces.rest.attachment;

import com.assisto.application.attachment.Attachments;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.Uploads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Attachments (E3) of equipment and plants, read and removed by id; each owner's resource lists
 * and takes its own ({@code /equipment/{id}/attachments}, {@code /plants/{id}/attachments}).
 */
@ApplicationScoped
@Path("attachments")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Attachments")
@Allowed({"ADMIN", "BACKOFFICE"})
public class AttachmentResource {

    @EJB
    private Attachments attachments;

    @GET
    @Path("{id}")
    @Produces({MediaType.WILDCARD, Problem.MEDIA_TYPE})
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "Download an attachment, if you may see what it is attached to")
    public Response download(@PathParam("id") long id) {
        return Uploads.download(attachments.file(id), "attachment");
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces({"image/jpeg", Problem.MEDIA_TYPE})
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "The thumbnail of an image attachment (JPEG, 320 pixels on its longer edge)")
    public Response thumbnail(@PathParam("id") long id) {
        return Uploads.download(attachments.thumbnail(id), "inline");
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an attachment")
    public Response remove(@PathParam("id") long id) {
        attachments.remove(id);
        return Response.noContent().build();
    }
}
