package com.assisto.interfaces.rest.equipment;

import com.assisto.application.equipment.EquipmentTypeService;
import com.assisto.domain.equipment.EquipmentType;
import com.assisto.domain.equipment.EquipmentType.CounterInput;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.FieldDto;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Equipment types (E2): custom cards and meter counters, defined by the back office. */
@ApplicationScoped
@Path("equipment-types")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment types")
@Allowed({"ADMIN", "BACKOFFICE"})
public class EquipmentTypeResource {

    @EJB
    private EquipmentTypeService types;

    /** A meter counter of the type's devices: key, label, unit (copies, h …). */
    public record CounterDto(String key, String label, String unit) {}

    /** An equipment type with its custom-field schema (see the contract types' fields) and counters. */
    public record EquipmentTypeDto(
            String code, Long version, String name, List<FieldDto> fields, List<CounterDto> counters) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    @Operation(summary = "Every equipment type, by code")
    public List<EquipmentTypeDto> list() {
        return types.all().stream().map(EquipmentTypeResource::dto).toList();
    }

    @GET
    @Path("{code}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    @Operation(summary = "An equipment type with its custom-field schema and counters")
    public EquipmentTypeDto get(@PathParam("code") String code) {
        return dto(types.get(code));
    }

    @POST
    @Operation(summary = "Create an equipment type")
    public Response create(EquipmentTypeDto input, @Context UriInfo uri) {
        Bodies.required(input);
        EquipmentType type = types.create(
                input.code(), input.name(), FieldDto.definitions(input.fields()), counters(input.counters()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(type.getCode()).build())
                .entity(dto(type))
                .build();
    }

    @PUT
    @Path("{code}")
    @Operation(
            summary = "Change an equipment type; send the version you read. A field sent without labels keeps the"
                    + " labels by language it had")
    public EquipmentTypeDto update(@PathParam("code") String code, EquipmentTypeDto input) {
        Bodies.required(input);
        List<FieldDto> sent =
                FieldDto.keepingLabels(input.fields(), types.get(code).getFields());
        return dto(types.update(
                code,
                Bodies.version(input.version()),
                input.name(),
                FieldDto.definitions(sent),
                counters(input.counters())));
    }

    private static List<CounterInput> counters(List<CounterDto> input) {
        return input == null
                ? List.of()
                : input.stream()
                        .map(counter -> counter == null
                                ? new CounterInput(null, null, null)
                                : new CounterInput(counter.key(), counter.label(), counter.unit()))
                        .toList();
    }

    static EquipmentTypeDto dto(EquipmentType type) {
        return new EquipmentTypeDto(
                type.getCode(),
                type.getVersion(),
                type.getName(),
                FieldDto.of(type.getFields()),
                type.getCounters().stream()
                        .map(counter -> new CounterDto(counter.getKey(), counter.getLabel(), counter.getUnit()))
                        .toList());
    }
}
