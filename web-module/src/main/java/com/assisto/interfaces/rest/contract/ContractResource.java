package com.assisto.interfaces.rest.contract;

import static com.assisto.interfaces.rest.contract.ContractDtoAssembler.detail;
import static com.assisto.interfaces.rest.contract.ContractDtoAssembler.file;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contract.ContractService;
import com.assisto.application.contract.LineChange;
import com.assisto.application.contract.LinePreview;
import com.assisto.application.contract.StoredFile;
import com.assisto.application.renewal.RenewalPreview;
import com.assisto.application.renewal.RenewalRuns;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contract.RevaluationInterval;
import com.assisto.domain.shared.ValidationException;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.contract.ContractDtos.AuditDto;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractDetail;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractInput;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractSummary;
import com.assisto.interfaces.rest.contract.ContractDtos.DocumentInput;
import com.assisto.interfaces.rest.contract.ContractDtos.FileDto;
import com.assisto.interfaces.rest.contract.ContractDtos.InstalmentDto;
import com.assisto.interfaces.rest.contract.ContractDtos.LineChangeDto;
import com.assisto.interfaces.rest.contract.ContractDtos.LineInput;
import com.assisto.interfaces.rest.contract.ContractDtos.NoteDto;
import com.assisto.interfaces.rest.contract.ContractDtos.PreviewDto;
import com.assisto.interfaces.rest.contract.ContractDtos.PriceInput;
import com.assisto.interfaces.rest.contract.ContractDtos.ProratingDto;
import com.assisto.interfaces.rest.contract.ContractDtos.RevaluationDto;
import com.assisto.interfaces.rest.contract.ContractDtos.RevaluationInput;
import com.assisto.interfaces.rest.contract.ContractDtos.RevaluationRecordDto;
import com.assisto.interfaces.rest.contract.ContractDtos.StatusInput;
import com.assisto.interfaces.rest.contract.ContractDtos.WarningsInput;
import com.assisto.interfaces.rest.renewal.RenewalResource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quotes and contracts (C1–C5, C12, C13). Customers read their own; the back office changes
 * them. Every change takes the version the client read, so concurrent edits are refused (409).
 */
@ApplicationScoped
@Path("contracts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@Allowed({"ADMIN", "BACKOFFICE"})
public class ContractResource {

    private static final String PDF = "application/pdf";

    @EJB
    private ContractService contracts;

    @EJB
    private ContractDocuments documents;

    @EJB
    private RenewalRuns renewals;

    @Inject
    @ConfigProperty(name = "assisto.attachments.max-bytes", defaultValue = "10485760")
    private long maxAttachmentBytes;

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
        Contract created = contracts.create(input.draft(), LocalDate.now());
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
        contracts.update(id, Bodies.version(input.version()), input.draft());
        return detail(contracts.view(id));
    }

    @POST
    @Path("{id}/lines")
    @Operation(summary = "Add a line; on a running contract this makes a delivery note for the days left")
    public LineChangeDto addLine(@PathParam("id") long id, LineInput input) {
        Bodies.required(input);
        LineChange change = contracts.addLine(
                id,
                Bodies.version(input.version()),
                input.request(),
                input.date() == null ? LocalDate.now() : input.date());
        return new LineChangeDto(
                detail(contracts.view(id)),
                change.note().map(ContractDtoAssembler::note).orElse(null));
    }

    @POST
    @Path("{id}/lines/preview")
    @Operation(summary = "The price of a line and, on a running contract, the prorated charge, without saving")
    public PreviewDto previewLine(@PathParam("id") long id, LineInput input) {
        Bodies.required(input);
        LinePreview preview =
                contracts.previewLine(id, input.request(), input.date() == null ? LocalDate.now() : input.date());
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
        return contracts
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
        LineChange change = contracts.removeLine(id, Bodies.version(version), lineId, Params.dateOrToday("date", date));
        return new LineChangeDto(
                detail(contracts.view(id)),
                change.note().map(ContractDtoAssembler::note).orElse(null));
    }

    @PUT
    @Path("{id}/lines/{lineId}/price")
    @Operation(summary = "Set a quote line's price by hand")
    public ContractDetail overridePrice(@PathParam("id") long id, @PathParam("lineId") long lineId, PriceInput input) {
        Bodies.required(input);
        contracts.overridePrice(id, Bodies.version(input.version()), lineId, input.price());
        return detail(contracts.view(id));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "The customer confirmed the quote: activate it and plan its instalments")
    public ContractDetail confirm(@PathParam("id") long id, StatusInput input) {
        Bodies.required(input);
        contracts.confirm(id, Bodies.version(input.version()), day(input));
        return detail(contracts.view(id));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "The customer rejected the quote")
    public ContractDetail reject(@PathParam("id") long id, StatusInput input) {
        Bodies.required(input);
        contracts.reject(id, Bodies.version(input.version()), day(input), input.reason());
        return detail(contracts.view(id));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a running contract")
    public ContractDetail cancel(@PathParam("id") long id, StatusInput input) {
        Bodies.required(input);
        contracts.cancel(id, Bodies.version(input.version()), day(input), input.reason());
        return detail(contracts.view(id));
    }

    @PUT
    @Path("{id}/revaluation")
    @Operation(
            summary = "Set or clear the index clause; it applies from the next renewal and, when yearly in a term"
                    + " longer than a year, at its anniversaries from today on; over the term it applies once, at renewal, by"
                    + " the whole term's variation")
    public ContractDetail setRevaluation(@PathParam("id") long id, RevaluationInput input) {
        Bodies.required(input);
        RevaluationDto clause = input.revaluation();
        contracts.setRevaluation(
                id,
                Bodies.version(input.version()),
                clause == null
                        ? null
                        : new RevaluationClause(
                                clause.indexCode(),
                                clause.sharePercent(),
                                clause.decreasesApplied(),
                                clause.floorPercent(),
                                clause.lagMonths(),
                                Params.enumValue(
                                        "revaluation.interval", clause.interval(), RevaluationInterval.class)));
        return detail(contracts.view(id));
    }

    @PUT
    @Path("{id}/warnings")
    @Operation(summary = "Set who receives the contract's warnings and how many days before the end")
    public ContractDetail assignWarnings(@PathParam("id") long id, WarningsInput input) {
        Bodies.required(input);
        contracts.assignWarnings(id, Bodies.version(input.version()), input.responsibleUser(), input.warningDays());
        return detail(contracts.view(id));
    }

    @GET
    @Path("{id}/renewal-preview")
    @Operation(
            summary = "What renewing the running contract would do: each line's next price and how, or why it would"
                    + " wait; and the next anniversary revaluation inside a term longer than a year")
    public RenewalPreview renewalPreview(@PathParam("id") long id) {
        return renewals.preview(id);
    }

    @GET
    @Path("{id}/revaluations")
    @Operation(summary = "The revaluations applied to this term or to the one before it")
    public List<RevaluationRecordDto> revaluations(@PathParam("id") long id) {
        contracts.view(id);
        return renewals.revaluations(id).stream()
                .map(ContractDtoAssembler::revaluationRecord)
                .toList();
    }

    @GET
    @Path("{id}/renewal-outcomes")
    @Operation(summary = "What renewal runs did with this contract, newest first")
    public List<RenewalResource.OutcomeDto> renewalOutcomes(@PathParam("id") long id) {
        contracts.view(id);
        return renewals.outcomesOf(id).stream().map(RenewalResource::dto).toList();
    }

    @GET
    @Path("{id}/instalments")
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "The billing schedule (projected while the contract is a quote)")
    public List<InstalmentDto> instalments(@PathParam("id") long id) {
        return ContractDtoAssembler.instalments(contracts.view(id));
    }

    @GET
    @Path("{id}/delivery-notes")
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "The delivery and credit notes made by mid-term changes")
    public List<NoteDto> deliveryNotes(@PathParam("id") long id) {
        return contracts.deliveryNotes(id).stream()
                .map(ContractDtoAssembler::note)
                .toList();
    }

    @GET
    @Path("{id}/delivery-notes/{noteId}/pdf")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "A delivery note to print, in Italian (lang=it) or English (lang=en)")
    public Response deliveryNotePdf(
            @PathParam("id") long id, @PathParam("noteId") long noteId, @QueryParam("lang") String language) {
        return pdf(documents.deliveryNotePdf(id, noteId, language), "delivery-note-" + noteId + ".pdf", "inline");
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who changed what on the contract, newest first")
    public List<AuditDto> history(@PathParam("id") long id) {
        return contracts.history(id).stream().map(ContractDtoAssembler::audit).toList();
    }

    @GET
    @Path("{id}/files")
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "Attached and generated files, newest first")
    public List<FileDto> files(@PathParam("id") long id) {
        return contracts.files(id).stream().map(ContractDtoAssembler::file).toList();
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (PDF, PNG, JPEG or TIFF): the raw bytes as the body, the name in ?name=")
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        byte[] content;
        try {
            content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > maxAttachmentBytes) {
            throw new ValidationException(
                    "file",
                    (name == null ? "the file" : name) + " is larger than the limit of " + maxAttachmentBytes
                            + " bytes");
        }
        return Response.status(Response.Status.CREATED)
                .entity(file(contracts.attach(id, name, content)))
                .build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces({MediaType.WILDCARD, Problem.MEDIA_TYPE})
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "Download a file")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        StoredFile file = contracts.file(id, fileId);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/documents")
    @Operation(summary = "Generate the contract document from a template of its type and store it with the contract")
    public Response generate(@PathParam("id") long id, DocumentInput input) {
        Bodies.required(input);
        return Response.status(Response.Status.CREATED)
                .entity(file(documents.generate(id, input.template())))
                .build();
    }

    @GET
    @Path("{id}/documents/preview")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Operation(summary = "The document a template would make now, without storing it")
    public Response preview(@PathParam("id") long id, @QueryParam("template") String template) {
        return pdf(documents.preview(id, template), "preview.pdf", "inline");
    }

    private static Response pdf(byte[] content, String fileName, String disposition) {
        return Response.ok(content, PDF)
                .header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static LocalDate day(StatusInput input) {
        return input.date() == null ? LocalDate.now() : input.date();
    }
}
