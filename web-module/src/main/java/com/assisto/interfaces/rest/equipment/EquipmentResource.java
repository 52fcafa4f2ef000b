package com.assisto.interfaces.rest.equipment;

import com.assisto.application.equipment.EquipmentService;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.equipment.EquipmentStatus;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.ProblemMappers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The installed base (E1): equipment at customer sites. */
@ApplicationScoped
@Path("equipment")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment")
@Allowed({"ADMIN", "BACKOFFICE"})
public class EquipmentResource {

    @EJB
    private EquipmentService equipment;

    /** A piece of equipment as shown and as sent back to change it. */
    public record EquipmentDto(
            Long id,
            Long version,
            Long customerId,
            String customerCode,
            Long siteId,
            String siteName,
            String itemCode,
            String serialNumber,
            String description,
            String manufacturer,
            String manufacturerSerial,
            String locationDetail,
            LocalDate saleDate,
            LocalDate warrantyEnd,
            boolean soldByUs,
            String status) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "Equipment, by customer or serial number, in registration order")
    public Page<EquipmentDto> search(
            @QueryParam("customerId") Long customerId,
            @QueryParam("serialNumber") String serialNumber,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        Long afterId = null;
        if (after != null) {
            try {
                afterId = Long.valueOf(after);
            } catch (NumberFormatException e) {
                throw new ProblemMappers.BadRequestParameter(
                        "after", "'" + after + "' is not a key this list gave out");
            }
        }
        return Page.of(equipment.search(customerId, serialNumber, afterId, Page.limit(limit)), EquipmentResource::dto);
    }

    @GET
    @Path("{id}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "One piece of equipment")
    public EquipmentDto get(@PathParam("id") long id) {
        return dto(equipment.get(id));
    }

    @POST
    @Operation(summary = "Register equipment at a customer")
    public Response create(EquipmentDto input, @Context UriInfo uri) {
        Bodies.required(input);
        if (input.customerId() == null) {
            throw new com.assisto.domain.shared.ValidationException("customerId", "is required");
        }
        Equipment created = equipment.create(input.customerId(), input.itemCode(), input.siteId(), details(input));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(dto(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change equipment; send the version you read")
    public EquipmentDto update(@PathParam("id") long id, EquipmentDto input) {
        Bodies.required(input);
        return dto(equipment.update(
                id, Bodies.version(input.version()), input.itemCode(), input.siteId(), details(input)));
    }

    private static EquipmentDetails details(EquipmentDto input) {
        return new EquipmentDetails(
                input.serialNumber(),
                input.description(),
                input.manufacturer(),
                input.manufacturerSerial(),
                input.locationDetail(),
                input.saleDate(),
                input.warrantyEnd(),
                input.soldByUs(),
                Params.enumValue("status", input.status(), EquipmentStatus.class));
    }

    static EquipmentDto dto(Equipment equipment) {
        return new EquipmentDto(
                equipment.getId(),
                equipment.getVersion(),
                equipment.getCustomer().getId(),
                equipment.getCustomer().getCode(),
                equipment.getSite() == null ? null : equipment.getSite().getId(),
                equipment.getSite() == null ? null : equipment.getSite().getName(),
                equipment.getItem() == null ? null : equipment.getItem().getCode(),
                equipment.getSerialNumber(),
                equipment.getDescription(),
                equipment.getManufacturer(),
                equipment.getManufacturerSerial(),
                equipment.getLocationDetail(),
                equipment.getSaleDate(),
                equipment.getWarrantyEnd(),
                equipment.isSoldByUs(),
                equipment.getStatus().name());
    }
}
