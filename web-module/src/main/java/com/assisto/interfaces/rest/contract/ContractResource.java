package com.assisto.interfaces.rest.contract;

import static com.assisto.interfaces.rest.contract.ContractDtoAssembler.detail;

import com.assisto.application.contract.ContractLookup;
import com.assisto.application.contract.QuoteService;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.contract.ContractDtos.AuditDto;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractDetail;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractInput;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractSummary;
import com.assisto.interfaces.rest.contract.ContractDtos.InstalmentDto;
import com.assisto.interfaces.rest.contract.ContractDtos.StatusInput;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quotes and contracts (C1, C2, C12): the list, the header, the status and the billing schedule.
 * Customers read their own; the back office changes them. Every change takes the version the
 * client read, so concurrent edits are refused (409).
 *
 * <p>The other use cases under /contracts have resources of their own on the same path, which
 * Jersey merges into one: {@link ContractLinesResource}, {@link ContractFilesResource} and {@link
 * ContractRenewalResource}. Root resources rather than sub-resource locators, because the request
 * timings and the OpenAPI document build a method's path from its own class's {@code @Path} and
 * its own, which a sub-resource reached through a locator does not carry.
 */
@ApplicationScoped
@Path("contracts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@Allowed({"ADMIN", "BACKOFFICE"})
public class ContractResource {

    @EJB
    private ContractLookup contracts;

    @EJB
    private QuoteService quoteService;

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(
            summary = "Search contracts in end-date order by customer, type, status, end between two dates,"
                    + " warranties (warranty=true) or maintenance contracts (warranty=false)")
    public Page<ContractSummary> search(
            @QueryParam("customerId") Long customerId,
            @QueryParam("type") String type,
            @QueryParam("status") String status,
            @QueryParam("endingFrom") String endingFrom,
            @QueryParam("endingTo") String endingTo,
            @QueryParam("warranty") Boolean warranty,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        ContractFilter filter = new ContractFilter(
                customerId,
                type == null || type.isBlank() ? null : type.trim(),
                Params.enumValue("status", status, ContractStatus.class),
                Params.date("endingFrom", endingFrom),
                Params.date("endingTo", endingTo),
                warranty);
        return Page.of(contracts.search(filter, after, Page.limit(limit)), ContractDtoAssembler::summary);
    }

    @GET
    @Path("{id}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "A contract with its lines, price explanations and instalments")
    public ContractDetail get(@PathParam("id") long id) {
        return detail(contracts.view(id));
    }

    @POST
    @Operation(summary = "Create a quote (or, with confirmed=true, a contract already signed) with its lines")
    public Response create(ContractInput input, @Context UriInfo uri) {
        Bodies.required(input);
        // the service hands back the contract as it committed it, lines and instalments included
        Contract created = quoteService.create(input.draft(), LocalDate.now());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(detail(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Change number, terms and custom fields; a running contract changes only payment terms,"
                    + " auto-renewal and custom fields")
    public ContractDetail update(@PathParam("id") long id, ContractInput input) {
        Bodies.required(input);
        quoteService.update(id, Bodies.version(input.version()), input.draft());
        return detail(contracts.view(id));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "The customer confirmed the quote: activate it and plan its instalments")
    public ContractDetail confirm(@PathParam("id") long id, StatusInput input) {
        Bodies.required(input);
        quoteService.confirm(id, Bodies.version(input.version()), day(input));
        return detail(contracts.view(id));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "The customer rejected the quote")
    public ContractDetail reject(@PathParam("id") long id, StatusInput input) {
        Bodies.required(input);
        quoteService.reject(id, Bodies.version(input.version()), day(input), input.reason());
        return detail(contracts.view(id));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a running contract")
    public ContractDetail cancel(@PathParam("id") long id, StatusInput input) {
        Bodies.required(input);
        quoteService.cancel(id, Bodies.version(input.version()), day(input), input.reason());
        return detail(contracts.view(id));
    }

    @GET
    @Path("{id}/instalments")
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "The billing schedule (projected while the contract is a quote)")
    public List<InstalmentDto> instalments(@PathParam("id") long id) {
        return ContractDtoAssembler.instalments(contracts.view(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed what on the contract, newest first")
    public List<AuditDto> history(@PathParam("id") long id) {
        return contracts.history(id).stream().map(ContractDtoAssembler::audit).toList();
    }

    private static LocalDate day(StatusInput input) {
        return input.date() == null ? LocalDate.now() : input.date();
    }
}
