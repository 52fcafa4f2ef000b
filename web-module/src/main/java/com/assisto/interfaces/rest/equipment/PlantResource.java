package com.assisto.interfaces.rest.equipment;

import com.assisto.application.equipment.PlantService;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.domain.equipment.EquipmentStatus;
import com.assisto.domain.equipment.Plant;
import com.assisto.domain.equipment.PlantDetails;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.attachment.OwnerAttachments;
import com.assisto.interfaces.rest.attachment.OwnerAttachments.AttachmentDto;
import com.assisto.interfaces.rest.equipment.EquipmentResource.EquipmentDto;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plants (impianti, E4): equipment grouped at a customer's site. */
@ApplicationScoped
@Path("plants")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plants")
@Allowed({"ADMIN", "BACKOFFICE"})
public class PlantResource {

    @EJB
    private PlantService plants;

    @Inject
    private OwnerAttachments attachments;

    /** A plant; {@code equipment} (with components) is filled on reading one plant, never sent. */
    public record PlantDto(
            Long id,
            Long version,
            Long customerId,
            String customerCode,
            Long siteId,
            String siteName,
            String name,
            String description,
            String locationDetail,
            LocalDate commissionedOn,
            String status,
            List<EquipmentDto> equipment) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "Plants of a customer or at a site, in registration order")
    public Page<PlantDto> search(
            @QueryParam("customerId") Long customerId,
            @QueryParam("siteId") Long siteId,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        return Page.of(
                plants.search(customerId, siteId, Params.afterId(after), Page.limit(limit)), plant -> dto(plant, null));
    }

    @GET
    @Path("{id}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "A plant with its equipment and their components")
    public PlantDto get(@PathParam("id") long id) {
        return dto(plants.get(id), equipment(id));
    }

    @POST
    @Operation(summary = "Register a plant at a customer's site")
    public Response create(PlantDto input, @Context UriInfo uri) {
        Bodies.required(input);
        Plant created = plants.create(input.customerId(), input.siteId(), details(input));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(dto(created, List.of()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Change a plant; send the version you read. Moved to another site, its equipment moves with"
                    + " it")
    public PlantDto update(@PathParam("id") long id, PlantDto input) {
        Bodies.required(input);
        Plant plant = plants.update(id, Bodies.version(input.version()), input.siteId(), details(input));
        return dto(plant, equipment(id));
    }

    @GET
    @Path("{id}/attachments")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "The photos, datasheets and manuals of a plant, newest first")
    public List<AttachmentDto> attachments(@PathParam("id") long id) {
        return attachments.list(AttachmentOwner.PLANT, id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    @Operation(
            summary = "Attach a file to a plant (PDF, PNG, JPEG or TIFF, recognised from its bytes): the raw bytes as"
                    + " the body, the name in ?name=, an optional ?caption=")
    public Response attach(
            @PathParam("id") long id,
            @QueryParam("name") String name,
            @QueryParam("caption") String caption,
            InputStream body) {
        return attachments.attach(AttachmentOwner.PLANT, id, name, caption, body);
    }

    private List<EquipmentDto> equipment(long id) {
        return plants.equipment(id).stream()
                .map(piece -> EquipmentResource.dto(piece, true))
                .toList();
    }

    private static PlantDetails details(PlantDto input) {
        return new PlantDetails(
                input.name(),
                input.description(),
                input.locationDetail(),
                input.commissionedOn(),
                Params.enumValue("status", input.status(), EquipmentStatus.class));
    }

    private static PlantDto dto(Plant plant, List<EquipmentDto> equipment) {
        return new PlantDto(
                plant.getId(),
                plant.getVersion(),
                plant.getCustomer().getId(),
                plant.getCustomer().getCode(),
                plant.getSite().getId(),
                plant.getSite().getName(),
                plant.getName(),
                plant.getDescription(),
                plant.getLocationDetail(),
                plant.getCommissionedOn(),
                plant.getStatus().name(),
                equipment);
    }
}
