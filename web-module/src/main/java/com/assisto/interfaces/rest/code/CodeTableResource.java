package com.assisto.interfaces.rest.code;

import com.assisto.application.code.CodeTableService;
import com.assisto.domain.code.CodeEntry;
import com.assisto.domain.code.CodeKind;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The code tables (M5). Tables are named in the path in kebab case:
 * service-typology, intervention-type, urgency-class, unit, payment-terms, warehouse.
 */
@ApplicationScoped
@Path("codes")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Code tables")
@Allowed({"ADMIN", "BACKOFFICE"})
public class CodeTableResource {

    @EJB
    private CodeTableService codes;

    /** One entry of a code table. */
    public record CodeDto(String code, String description, boolean active, long version) {}

    /** What a client sends to create or change an entry. */
    public record CodeInput(Long version, String code, String description, Boolean active) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "The names of the code tables")
    public List<String> tables() {
        return Arrays.stream(CodeKind.values()).map(CodeTableResource::pathName).toList();
    }

    @GET
    @Path("{table}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    public List<CodeDto> list(@PathParam("table") String table) {
        return codes.list(kind(table)).stream().map(CodeTableResource::dto).toList();
    }

    @POST
    @Path("{table}")
    public Response create(@PathParam("table") String table, CodeInput input) {
        Bodies.required(input);
        CodeEntry created = codes.create(kind(table), input.code(), input.description());
        return Response.status(Response.Status.CREATED).entity(dto(created)).build();
    }

    @PUT
    @Path("{table}/{code}")
    public CodeDto update(@PathParam("table") String table, @PathParam("code") String code, CodeInput input) {
        Bodies.required(input);
        return dto(codes.update(
                kind(table),
                code,
                Bodies.version(input.version()),
                input.description(),
                input.active() == null || input.active()));
    }

    private static CodeKind kind(String table) {
        try {
            return CodeKind.valueOf(table.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new com.assisto.domain.shared.NotFoundException("Code table", table);
        }
    }

    private static String pathName(CodeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static CodeDto dto(CodeEntry entry) {
        return new CodeDto(entry.getCode(), entry.getDescription(), entry.isActive(), entry.getVersion());
    }
}
