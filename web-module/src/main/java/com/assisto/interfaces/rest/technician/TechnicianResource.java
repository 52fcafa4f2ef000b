package com.assisto.interfaces.rest.technician;

import com.assisto.application.technician.TechnicianService;
import com.assisto.domain.technician.Technician;
import com.assisto.domain.technician.TechnicianProfile;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Technicians (M4). */
@ApplicationScoped
@Path("technicians")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Technicians")
@Allowed({"ADMIN", "BACKOFFICE"})
public class TechnicianResource {

    @EJB
    private TechnicianService technicians;

    /** A technician. */
    public record TechnicianDto(
            long id,
            long version,
            String code,
            String name,
            BigDecimal hourlyCost,
            BigDecimal hourlySellRate,
            String homeWarehouse,
            String username,
            Collection<String> skills) {}

    /** What a client sends to create or change a technician. */
    public record TechnicianInput(
            Long version,
            String code,
            String name,
            BigDecimal hourlyCost,
            BigDecimal hourlySellRate,
            String homeWarehouse,
            String username,
            List<String> skills) {

        TechnicianProfile profile() {
            return new TechnicianProfile(name, hourlyCost, hourlySellRate, homeWarehouse, username, skills);
        }
    }

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    public List<TechnicianDto> list() {
        return technicians.list().stream().map(TechnicianResource::dto).toList();
    }

    @GET
    @Path("{id}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    public TechnicianDto get(@PathParam("id") long id) {
        return dto(technicians.get(id));
    }

    @POST
    public Response create(TechnicianInput input, @Context UriInfo uri) {
        Bodies.required(input);
        Technician created = technicians.create(input.code(), input.profile());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(dto(created))
                .build();
    }

    @PUT
    @Path("{id}")
    public TechnicianDto update(@PathParam("id") long id, TechnicianInput input) {
        Bodies.required(input);
        return dto(technicians.update(id, Bodies.version(input.version()), input.profile()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        technicians.delete(id, Bodies.version(version));
        return Response.noContent().build();
    }

    static TechnicianDto dto(Technician technician) {
        return new TechnicianDto(
                technician.getId(),
                technician.getVersion(),
                technician.getCode(),
                technician.getName(),
                technician.getHourlyCost(),
                technician.getHourlySellRate(),
                technician.getHomeWarehouse(),
                technician.getUsername(),
                technician.getSkills());
    }
}
