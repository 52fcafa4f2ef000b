package com.assisto.interfaces.rest.tariff;

import com.assisto.application.tariff.TariffService;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffPrice;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.ProblemMappers;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tariffs and their dated price history (M3). */
@ApplicationScoped
@Path("tariffs")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tariffs")
@Allowed({"ADMIN", "BACKOFFICE"})
public class TariffResource {

    @EJB
    private TariffService tariffs;

    /** A tariff without its prices. */
    public record TariffSummary(long id, long version, String code, String name) {}

    /** One dated price. */
    public record PriceDto(String itemCode, String typologyCode, LocalDate validFrom, BigDecimal monthlyPrice) {}

    /** A tariff with every price ever set, newest first. */
    public record TariffDetail(long id, long version, String code, String name, List<PriceDto> prices) {}

    /** What a client sends to create or rename a tariff. */
    public record TariffInput(Long version, String code, String name) {}

    /** A new dated price for an item or a service typology. */
    public record PriceInput(
            Long version, String itemCode, String typologyCode, LocalDate validFrom, BigDecimal monthlyPrice) {}

    @GET
    public List<TariffSummary> list() {
        return tariffs.list().stream()
                .map(tariff ->
                        new TariffSummary(tariff.getId(), tariff.getVersion(), tariff.getCode(), tariff.getName()))
                .toList();
    }

    @GET
    @Path("{id}")
    public TariffDetail get(@PathParam("id") long id) {
        return detail(tariffs.get(id));
    }

    @GET
    @Path("{id}/price")
    @Operation(summary = "The monthly price in force on a date, for an item or a service typology")
    public PriceDto priceAt(
            @PathParam("id") long id,
            @QueryParam("item") String itemCode,
            @QueryParam("typology") String typologyCode,
            @QueryParam("date") String date) {
        LocalDate on = date == null ? LocalDate.now() : parseDate(date);
        Tariff tariff = tariffs.get(id);
        TariffPrice price = tariff.priceInForce(itemCode, typologyCode, on)
                .orElseThrow(() -> new com.assisto.domain.shared.NotFoundException(
                        "Price in tariff " + tariff.getCode() + " on " + on + " for",
                        itemCode != null ? itemCode : typologyCode));
        return price(price);
    }

    @POST
    public Response create(TariffInput input, @Context UriInfo uri) {
        Bodies.required(input);
        Tariff created = tariffs.create(input.code(), input.name());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(detail(created))
                .build();
    }

    @PUT
    @Path("{id}")
    public TariffDetail rename(@PathParam("id") long id, TariffInput input) {
        Bodies.required(input);
        return detail(tariffs.rename(id, Bodies.version(input.version()), input.name()));
    }

    @POST
    @Path("{id}/prices")
    @Operation(summary = "Set a price from a date on; earlier prices stay as history")
    public TariffDetail addPrice(@PathParam("id") long id, PriceInput input) {
        Bodies.required(input);
        return detail(tariffs.addPrice(
                id,
                Bodies.version(input.version()),
                input.itemCode(),
                input.typologyCode(),
                input.validFrom(),
                input.monthlyPrice()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        tariffs.delete(id, Bodies.version(version));
        return Response.noContent().build();
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemMappers.BadRequestParameter("date", "'" + date + "' is not a date (YYYY-MM-DD)");
        }
    }

    static TariffDetail detail(Tariff tariff) {
        return new TariffDetail(
                tariff.getId(),
                tariff.getVersion(),
                tariff.getCode(),
                tariff.getName(),
                tariff.getPrices().stream().map(TariffResource::price).toList());
    }

    private static PriceDto price(TariffPrice price) {
        return new PriceDto(
                price.getItem() == null ? null : price.getItem().getCode(),
                price.getTypologyCode(),
                price.getValidFrom(),
                price.getMonthlyPrice());
    }
}
