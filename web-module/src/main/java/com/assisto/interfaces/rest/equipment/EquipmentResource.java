package com.assisto.interfaces.rest.equipment;

import com.assisto.application.equipment.EquipmentHistory;
import com.assisto.application.equipment.EquipmentInput;
import com.assisto.application.equipment.EquipmentService;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.equipment.EquipmentFilter;
import com.assisto.domain.equipment.EquipmentMove;
import com.assisto.domain.equipment.EquipmentStatus;
import com.assisto.domain.equipment.HistoryEntry;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.attachment.OwnerAttachments;
import com.assisto.interfaces.rest.attachment.OwnerAttachments.AttachmentDto;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The installed base (E1, E2, E4): equipment at customer sites, its components, moves and history. */
@ApplicationScoped
@Path("equipment")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment")
@Allowed({"ADMIN", "BACKOFFICE"})
public class EquipmentResource {

    @EJB
    private EquipmentService equipment;

    @Inject
    private OwnerAttachments attachments;

    @EJB
    private EquipmentHistory history;

    /**
     * A piece of equipment as shown and as sent back to change it. {@code typeCode} names its
     * equipment type, whose schema {@code customFields} must satisfy; {@code plantId} and
     * {@code parentId} place it in a plant or on a parent machine (a component stands where its
     * parent stands). {@code components} is filled on reading one piece, never sent.
     */
    public record EquipmentDto(
            Long id,
            Long version,
            Long customerId,
            String customerCode,
            Long siteId,
            String siteName,
            Long plantId,
            String plantName,
            Long parentId,
            String itemCode,
            String typeCode,
            Map<String, Object> customFields,
            String serialNumber,
            String description,
            String manufacturer,
            String manufacturerSerial,
            String locationDetail,
            LocalDate saleDate,
            LocalDate warrantyEnd,
            boolean soldByUs,
            String status,
            List<EquipmentDto> components) {}

    /** Where to move a piece of equipment (with its components), on which day, and why. */
    public record MoveInput(Long version, Long siteId, Long plantId, Long parentId, LocalDate movedOn, String note) {}

    /** A move in a piece's history; {@code movedWithId} names the parent it went with. */
    public record MoveDto(
            LocalDate movedOn,
            Long fromSiteId,
            Long toSiteId,
            Long fromPlantId,
            Long toPlantId,
            Long fromParentId,
            Long toParentId,
            Long movedWithId,
            String note,
            String recordedBy,
            Instant recordedAt) {}

    /** An event of the timeline, newest first; {@code contractId} where it is about a contract. */
    public record HistoryDto(LocalDate on, String kind, String text, Long contractId) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(
            summary = "Search the installed base in registration order: by the start of a serial number (the"
                    + " company's or the manufacturer's, case and blanks ignored), customer, site, plant, type"
                    + " and status")
    public Page<EquipmentDto> search(
            @QueryParam("serial") String serial,
            @QueryParam("customerId") Long customerId,
            @QueryParam("siteId") Long siteId,
            @QueryParam("plantId") Long plantId,
            @QueryParam("type") String typeCode,
            @QueryParam("status") String status,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        EquipmentFilter filter = new EquipmentFilter(
                customerId,
                siteId,
                plantId,
                typeCode,
                Params.enumValue("status", status, EquipmentStatus.class),
                serial);
        return Page.of(equipment.search(filter, Params.afterId(after), Page.limit(limit)), piece -> dto(piece, false));
    }

    @GET
    @Path("{id}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "One piece of equipment with its components to any depth")
    public EquipmentDto get(@PathParam("id") long id) {
        return dto(equipment.get(id), true);
    }

    @POST
    @Operation(summary = "Register equipment at a customer")
    public Response create(EquipmentDto input, @Context UriInfo uri) {
        Bodies.required(input);
        Equipment created = equipment.create(input(input));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(dto(created, true))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change equipment; send the version you read. A change of place is a move dated today")
    public EquipmentDto update(@PathParam("id") long id, EquipmentDto input) {
        Bodies.required(input);
        return dto(equipment.update(id, Bodies.version(input.version()), input(input)), true);
    }

    @POST
    @Path("{id}/moves")
    @Operation(summary = "Move equipment with its components to another site, plant or parent machine")
    public EquipmentDto move(@PathParam("id") long id, MoveInput input) {
        Bodies.required(input);
        EquipmentInput target =
                new EquipmentInput(null, null, null, null, input.siteId(), input.plantId(), input.parentId(), null);
        return dto(equipment.move(id, Bodies.version(input.version()), target, input.movedOn(), input.note()), true);
    }

    @GET
    @Path("{id}/moves")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "The moves of a piece of equipment, oldest first")
    public List<MoveDto> moves(@PathParam("id") long id) {
        return equipment.moves(id).stream().map(EquipmentResource::move).toList();
    }

    @GET
    @Path("{id}/history")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "The timeline of a piece of equipment, newest first: registration, moves, contracts, warranty")
    public List<HistoryDto> history(@PathParam("id") long id) {
        return history.of(id).stream().map(EquipmentResource::entry).toList();
    }

    @GET
    @Path("{id}/attachments")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "The photos, datasheets and manuals of a piece of equipment, newest first")
    public List<AttachmentDto> attachments(@PathParam("id") long id) {
        return attachments.list(AttachmentOwner.EQUIPMENT, id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    @Operation(
            summary =
                    "Attach a file to a piece of equipment (PDF, PNG, JPEG or TIFF, recognised from its bytes): the raw bytes as"
                            + " the body, the name in ?name=, an optional ?caption=")
    public Response attach(
            @PathParam("id") long id,
            @QueryParam("name") String name,
            @QueryParam("caption") String caption,
            InputStream body) {
        return attachments.attach(AttachmentOwner.EQUIPMENT, id, name, caption, body);
    }

    private static EquipmentInput input(EquipmentDto input) {
        return new EquipmentInput(
                input.customerId(),
                input.itemCode(),
                input.typeCode(),
                input.customFields(),
                input.siteId(),
                input.plantId(),
                input.parentId(),
                new EquipmentDetails(
                        input.serialNumber(),
                        input.description(),
                        input.manufacturer(),
                        input.manufacturerSerial(),
                        input.locationDetail(),
                        input.saleDate(),
                        input.warrantyEnd(),
                        input.soldByUs(),
                        Params.enumValue("status", input.status(), EquipmentStatus.class)));
    }

    static EquipmentDto dto(Equipment equipment, boolean withComponents) {
        return new EquipmentDto(
                equipment.getId(),
                equipment.getVersion(),
                equipment.getCustomer().getId(),
                equipment.getCustomer().getCode(),
                equipment.getSite() == null ? null : equipment.getSite().getId(),
                equipment.getSite() == null ? null : equipment.getSite().getName(),
                equipment.getPlant() == null ? null : equipment.getPlant().getId(),
                equipment.getPlant() == null ? null : equipment.getPlant().getName(),
                equipment.getParent() == null ? null : equipment.getParent().getId(),
                equipment.getItem() == null ? null : equipment.getItem().getCode(),
                equipment.getType() == null ? null : equipment.getType().getCode(),
                equipment.getCustomFields(),
                equipment.getSerialNumber(),
                equipment.getDescription(),
                equipment.getManufacturer(),
                equipment.getManufacturerSerial(),
                equipment.getLocationDetail(),
                equipment.getSaleDate(),
                equipment.getWarrantyEnd(),
                equipment.isSoldByUs(),
                equipment.getStatus().name(),
                withComponents
                        ? equipment.getComponents().stream()
                                .map(component -> dto(component, true))
                                .toList()
                        : null);
    }

    private static MoveDto move(EquipmentMove move) {
        return new MoveDto(
                move.getMovedOn(),
                move.getFromSite() == null ? null : move.getFromSite().getId(),
                move.getToSite() == null ? null : move.getToSite().getId(),
                move.getFromPlant() == null ? null : move.getFromPlant().getId(),
                move.getToPlant() == null ? null : move.getToPlant().getId(),
                move.getFromParent() == null ? null : move.getFromParent().getId(),
                move.getToParent() == null ? null : move.getToParent().getId(),
                move.getMovedWith() == null ? null : move.getMovedWith().getId(),
                move.getNote(),
                move.getRecordedBy(),
                move.getRecordedAt().toInstant());
    }

    private static HistoryDto entry(HistoryEntry entry) {
        return new HistoryDto(entry.on(), entry.kind().name(), entry.text().text(Locale.ENGLISH), entry.contractId());
    }
}
