package com.assisto.interfaces.rest.item;

import com.assisto.application.item.ItemService;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.item.StockLevel;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Items with warranty terms, stock per warehouse and incoming quantities (M2). */
@ApplicationScoped
@Path("items")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Items")
@Allowed({"ADMIN", "BACKOFFICE"})
public class ItemResource {

    @EJB
    private ItemService items;

    /** Stock of the item in one warehouse. */
    public record StockDto(
            String warehouse,
            BigDecimal onHand,
            BigDecimal committed,
            BigDecimal available,
            BigDecimal onOrder,
            LocalDate expectedOn) {}

    /** An item in full. */
    public record ItemDto(
            long id,
            long version,
            String code,
            String description,
            String unit,
            BigDecimal unitPrice,
            int warrantyMonths,
            String warrantyUrgency,
            boolean autoRenew,
            int warningDays,
            boolean warrantyConvertible,
            boolean serialTracked,
            BigDecimal totalOnHand,
            BigDecimal totalOnOrder,
            List<StockDto> stock) {}

    /** What a client sends to create or change an item. */
    public record ItemInput(
            Long version,
            String code,
            String description,
            String unit,
            BigDecimal unitPrice,
            Integer warrantyMonths,
            String warrantyUrgency,
            Boolean autoRenew,
            Integer warningDays,
            Boolean warrantyConvertible,
            Boolean serialTracked) {

        ItemTerms terms() {
            return new ItemTerms(
                    description,
                    unit,
                    unitPrice,
                    warrantyMonths == null ? 0 : warrantyMonths,
                    warrantyUrgency,
                    Boolean.TRUE.equals(autoRenew),
                    warningDays == null ? 30 : warningDays,
                    Boolean.TRUE.equals(warrantyConvertible),
                    Boolean.TRUE.equals(serialTracked));
        }
    }

    /** Stock figures for one warehouse, as the ERP reports them. */
    public record StockInput(BigDecimal onHand, BigDecimal onOrder, BigDecimal committed, LocalDate expectedOn) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    @Operation(summary = "Search items in code order; q matches the start of code or description")
    public Page<ItemDto> search(
            @QueryParam("q") String text, @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return Page.of(items.search(text, after, Page.limit(limit)), ItemResource::dto);
    }

    @GET
    @Path("{id}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    public ItemDto get(@PathParam("id") long id) {
        return dto(items.get(id));
    }

    @POST
    public Response create(ItemInput input, @Context UriInfo uri) {
        Bodies.required(input);
        Item created = items.create(input.code(), input.terms());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(dto(created))
                .build();
    }

    @PUT
    @Path("{id}")
    public ItemDto update(@PathParam("id") long id, ItemInput input) {
        Bodies.required(input);
        return dto(items.update(id, Bodies.version(input.version()), input.terms()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        items.delete(id, Bodies.version(version));
        return Response.noContent().build();
    }

    @PUT
    @Path("by-code/{code}/stock/{warehouse}")
    @Operation(summary = "Record the stock of an item in a warehouse (normally sent by the ERP)")
    public ItemDto reportStock(
            @PathParam("code") String code, @PathParam("warehouse") String warehouse, StockInput input) {
        Bodies.required(input);
        if (input.onHand() == null) {
            throw new com.assisto.domain.shared.ValidationException("onHand", "is required");
        }
        return dto(items.reportStock(
                code, warehouse, input.onHand(), input.onOrder(), input.committed(), input.expectedOn()));
    }

    static ItemDto dto(Item item) {
        return new ItemDto(
                item.getId(),
                item.getVersion(),
                item.getCode(),
                item.getDescription(),
                item.getUnit(),
                item.getUnitPrice(),
                item.getWarrantyMonths(),
                item.getWarrantyUrgency(),
                item.isAutoRenew(),
                item.getWarningDays(),
                item.isWarrantyConvertible(),
                item.isSerialTracked(),
                item.totalOnHand(),
                item.totalOnOrder(),
                item.getStock().stream().map(ItemResource::stock).toList());
    }

    private static StockDto stock(StockLevel level) {
        return new StockDto(
                level.getWarehouseCode(),
                level.getOnHand(),
                level.getCommitted(),
                level.available(),
                level.getOnOrder(),
                level.getExpectedOn());
    }
}
