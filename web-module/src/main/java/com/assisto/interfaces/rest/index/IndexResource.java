package com.assisto.interfaces.rest.index;

import com.assisto.application.index.IndexService;
import com.assisto.domain.index.IndexBase;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.shared.ImportReport;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Price-index series (C6): ISTAT FOI, CPI-U, Syntec or any other, with bases and monthly values. */
@ApplicationScoped
@Path("indices")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Price indices")
@Allowed({"ADMIN", "BACKOFFICE"})
public class IndexResource {

    @EJB
    private IndexService indices;

    /** A base and its linking coefficient to the base before. */
    public record BaseDto(String label, String from, BigDecimal linkCoefficient) {}

    /** A month's value. */
    public record ValueDto(String month, BigDecimal value, boolean provisional) {}

    /** A series in full. */
    public record IndexDto(
            String code,
            long version,
            String name,
            Integer variationDecimals,
            List<BaseDto> bases,
            List<ValueDto> values) {}

    /** A series to create or change. */
    public record IndexInput(Long version, String code, String name, Integer variationDecimals, List<BaseDto> bases) {}

    /** A value to record. */
    public record ValueInput(BigDecimal value, boolean provisional) {}

    @GET
    @Operation(summary = "All index series with their values")
    public List<IndexDto> list() {
        return indices.list().stream().map(IndexResource::dto).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One index series with its bases and values")
    public IndexDto get(@PathParam("code") String code) {
        return dto(indices.view(code));
    }

    @POST
    @Operation(summary = "Create an index series")
    public Response create(IndexInput input) {
        Bodies.required(input);
        PriceIndex created = indices.create(input.code(), input.name(), input.variationDecimals(), bases(input));
        return Response.status(Response.Status.CREATED).entity(dto(created)).build();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Rename a series, change its rounding or its bases")
    public IndexDto update(@PathParam("code") String code, IndexInput input) {
        Bodies.required(input);
        return dto(indices.update(
                code, Bodies.version(input.version()), input.name(), input.variationDecimals(), bases(input)));
    }

    @PUT
    @Path("{code}/values/{month}")
    @Operation(summary = "Record or correct a month's value (month as 2024-10)")
    public IndexDto record(@PathParam("code") String code, @PathParam("month") String month, ValueInput input) {
        Bodies.required(input);
        return dto(indices.record(code, month(month), input.value(), input.provisional()));
    }

    @DELETE
    @Path("{code}/values/{month}")
    @Operation(summary = "Remove a month's value")
    public IndexDto remove(@PathParam("code") String code, @PathParam("month") String month) {
        return dto(indices.remove(code, month(month)));
    }

    @POST
    @Path("{code}/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import values from CSV (header month;value;provisional); bad rows are reported, good ones kept")
    public ImportReport importCsv(@PathParam("code") String code, InputStream csv) {
        return indices.importCsv(code, new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new com.assisto.domain.shared.ValidationException(
                    "month", "'" + text + "' is not a month like 2024-10");
        }
    }

    private static List<IndexBase> bases(IndexInput input) {
        return input.bases() == null
                ? List.of()
                : input.bases().stream()
                        .map(base -> new IndexBase(base.label(), month(base.from()), base.linkCoefficient()))
                        .toList();
    }

    static IndexDto dto(PriceIndex index) {
        return new IndexDto(
                index.getCode(),
                index.getVersion(),
                index.getName(),
                index.getVariationDecimals(),
                index.getBases().stream()
                        .map(base -> new BaseDto(base.getLabel(), base.getFrom().toString(), base.getLinkCoefficient()))
                        .toList(),
                index.getValues().stream()
                        .map(value ->
                                new ValueDto(value.getMonth().toString(), value.getValue(), value.isProvisional()))
                        .toList());
    }
}
