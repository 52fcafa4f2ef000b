package com.assisto.interfaces.rest.contract;

import static com.assisto.interfaces.rest.contract.ContractDtoAssembler.detail;

import com.assisto.application.contract.ContractLines;
import com.assisto.application.contract.ContractLookup;
import com.assisto.application.contract.DeliveryNotes;
import com.assisto.application.contract.LineChange;
import com.assisto.application.contract.LinePreview;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractDetail;
import com.assisto.interfaces.rest.contract.ContractDtos.LineChangeDto;
import com.assisto.interfaces.rest.contract.ContractDtos.LineInput;
import com.assisto.interfaces.rest.contract.ContractDtos.NoteDto;
import com.assisto.interfaces.rest.contract.ContractDtos.PreviewDto;
import com.assisto.interfaces.rest.contract.ContractDtos.PriceInput;
import com.assisto.interfaces.rest.contract.ContractDtos.ProratingDto;
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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A contract's lines (C3–C5): adding and removing them, their prices, and the delivery and
 * credit notes a change to a running contract makes. The notes' PDFs are printed by {@link
 * ContractFilesResource}, with the contract's other documents.
 */
@ApplicationScoped
@Path("contracts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
// by reference: each class tagged by name adds one more "Contracts" to the OpenAPI list of tags
@Tag(ref = "Contracts")
@Allowed({"ADMIN", "BACKOFFICE"})
public class ContractLinesResource {

    @EJB
    private ContractLines contractLines;

    @EJB
    private ContractLookup contracts;

    @EJB
    private DeliveryNotes deliveryNotes;

    @POST
    @Path("{id}/lines")
    @Operation(summary = "Add a line; on a running contract this makes a delivery note for the days left")
    public LineChangeDto addLine(@PathParam("id") long id, LineInput input) {
        Bodies.required(input);
        LineChange change = contractLines.addLine(
                id,
                Bodies.version(input.version()),
                input.request(),
                input.date() == null ? LocalDate.now() : input.date());
        return changed(id, change);
    }

    @POST
    @Path("{id}/lines/preview")
    @Operation(summary = "The price of a line and, on a running contract, the prorated charge, without saving")
    public PreviewDto previewLine(@PathParam("id") long id, LineInput input) {
        Bodies.required(input);
        LinePreview preview =
                contractLines.previewLine(id, input.request(), input.date() == null ? LocalDate.now() : input.date());
        return new PreviewDto(
                ContractDtoAssembler.price(preview.price()),
                preview.prorating()
                        .map(prorating -> ContractDtoAssembler.prorating("CHARGE", prorating))
                        .orElse(null));
    }

    @GET
    @Path("{id}/lines/{lineId}/removal")
    @Operation(summary = "The credit removing a line on a day would make, without saving")
    public ProratingDto previewRemoval(
            @PathParam("id") long id, @PathParam("lineId") long lineId, @QueryParam("date") String date) {
        return contractLines
                .previewRemoval(id, lineId, Params.dateOrToday("date", date))
                .map(prorating -> ContractDtoAssembler.prorating("CREDIT", prorating))
                .orElse(null);
    }

    @DELETE
    @Path("{id}/lines/{lineId}")
    @Operation(summary = "Remove a line; on a running contract this makes a credit note for the days left")
    public LineChangeDto removeLine(
            @PathParam("id") long id,
            @PathParam("lineId") long lineId,
            @QueryParam("version") Long version,
            @QueryParam("date") String date) {
        LineChange change =
                contractLines.removeLine(id, Bodies.version(version), lineId, Params.dateOrToday("date", date));
        return changed(id, change);
    }

    @PUT
    @Path("{id}/lines/{lineId}/price")
    @Operation(summary = "Set a quote line's price by hand")
    public ContractDetail overridePrice(@PathParam("id") long id, @PathParam("lineId") long lineId, PriceInput input) {
        Bodies.required(input);
        contractLines.overridePrice(id, Bodies.version(input.version()), lineId, input.price());
        return detail(contracts.view(id));
    }

    @GET
    @Path("{id}/delivery-notes")
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "The delivery and credit notes made by mid-term changes")
    public List<NoteDto> deliveryNotes(@PathParam("id") long id) {
        return deliveryNotes.ofContract(id).stream()
                .map(ContractDtoAssembler::note)
                .toList();
    }

    private LineChangeDto changed(long id, LineChange change) {
        return new LineChangeDto(
                detail(contracts.view(id)),
                change.note().map(ContractDtoAssembler::note).orElse(null));
    }
}
