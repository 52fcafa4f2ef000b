package com.assisto.interfaces.rest.contract;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contract.ContractDraft;
import com.assisto.application.contract.ContractFiles;
import com.assisto.application.contract.ContractLines;
import com.assisto.application.contract.ContractLookup;
import com.assisto.application.contract.ContractSettings;
import com.assisto.application.contract.DeliveryNotes;
import com.assisto.application.contract.LineChange;
import com.assisto.application.contract.LinePreview;
import com.assisto.application.contract.LineRequest;
import com.assisto.application.contract.QuoteService;
import com.assisto.application.contract.StoredFile;
import com.assisto.application.renewal.RenewalPreview;
import com.assisto.application.renewal.RenewalRuns;
import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFile;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractListing;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contract.RevaluationInterval;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.Prorating;
import com.assisto.domain.shared.ValidationException;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private ContractFiles contractFiles;

    @EJB
    private ContractLines contractLines;

    @EJB
    private ContractSettings contractSettings;

    @EJB
    private ContractLookup contracts;

    @EJB
    private DeliveryNotes deliveryNotes;

    @EJB
    private QuoteService quoteService;

    @EJB
    private ContractDocuments documents;

    @EJB
    private RenewalRuns renewals;

    @Inject
    @ConfigProperty(name = "assisto.attachments.max-bytes", defaultValue = "10485760")
    private long maxAttachmentBytes;

    /** A line of the contract list. */
    public record ContractSummary(
            long id,
            long version,
            String number,
            String typeCode,
            String typeName,
            long customerId,
            String customerCode,
            String customerName,
            String status,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal value) {}

    /** How a line's price was reached. */
    public record PriceDto(
            String source,
            String tariffCode,
            LocalDate priceDate,
            BigDecimal monthlyPrice,
            BigDecimal coefficientMonths,
            BigDecimal tariffAmount,
            BigDecimal amount,
            boolean manual,
            String explanation) {}

    /** A covered line. */
    public record LineDto(
            long id,
            Long equipmentId,
            String serialNumber,
            String itemCode,
            String description,
            LocalDate coveredFrom,
            LocalDate removedOn,
            PriceDto price) {}

    /** An instalment, planned (or projected, on a quote). */
    public record InstalmentDto(
            int sequence,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate dueDate,
            BigDecimal amount,
            String status) {}

    /** What the contract covers of interventions' costs. */
    public record ChargingDto(
            boolean labourCovered, boolean travelCovered, boolean partsCovered, boolean consumablesCovered) {}

    /** A contract in full. */
    public record ContractDetail(
            long id,
            long version,
            String number,
            String quoteNumber,
            String typeCode,
            String typeName,
            boolean warranty,
            long customerId,
            String customerCode,
            String customerName,
            String typologyCode,
            LocalDate startDate,
            int durationMonths,
            LocalDate endDate,
            int renewalMonths,
            int billingMonths,
            String paymentTerms,
            boolean autoRenew,
            String status,
            LocalDate issuedOn,
            LocalDate quoteValidUntil,
            LocalDate statusChangedOn,
            String statusReason,
            BigDecimal value,
            ChargingDto charging,
            Map<String, Object> customFields,
            List<LineDto> lines,
            List<InstalmentDto> instalments,
            RevaluationDto revaluation,
            LocalDate nextAnniversary,
            BigDecimal termIndexFactor,
            Integer warningDays,
            String responsibleUser,
            Long renewalOf,
            Long invoiceId) {}

    /**
     * The index clause (C6): index, share of the variation, decreases, floor, reference month lag,
     * and interval: YEARLY (the default: the twelve months before each revaluation) or OVER_TERM
     * (once per term, over the whole term).
     */
    public record RevaluationDto(
            String indexCode,
            BigDecimal sharePercent,
            boolean decreasesApplied,
            BigDecimal floorPercent,
            int lagMonths,
            String interval) {}

    /** The clause to set (null clause: none), with the contract's version. */
    public record RevaluationInput(Long version, RevaluationDto revaluation) {}

    /** Who receives the contract's warnings and how early (C10). */
    public record WarningsInput(Long version, String responsibleUser, Integer warningDays) {}

    /** A revaluation applied (C6). */
    public record RevaluationRecordDto(
            long contractId,
            long previousId,
            Long runId,
            LocalDate appliedOn,
            String indexCode,
            String fromMonth,
            BigDecimal fromValue,
            String toMonth,
            BigDecimal toValue,
            BigDecimal coefficient,
            BigDecimal variationPercent,
            BigDecimal sharePercent,
            BigDecimal appliedPercent,
            BigDecimal amountBefore,
            BigDecimal amountAfter,
            String performedBy,
            Instant performedAt) {}

    /** A line to add: equipment or item, optional coefficient and manual price, the change date if running. */
    public record LineInput(
            Long version,
            Long equipmentId,
            String itemCode,
            String description,
            BigDecimal coefficientMonths,
            BigDecimal price,
            LocalDate date) {

        LineRequest request() {
            return new LineRequest(equipmentId, itemCode, description, coefficientMonths, price);
        }
    }

    /** A new quote or contract, or the changes to one; empty terms take the type's defaults. */
    public record ContractInput(
            Long version,
            String type,
            Long customerId,
            String number,
            String typologyCode,
            LocalDate startDate,
            Integer durationMonths,
            Integer renewalMonths,
            Integer billingMonths,
            String paymentTerms,
            Boolean autoRenew,
            Map<String, Object> customFields,
            List<LineInput> lines,
            boolean confirmed) {

        ContractDraft draft() {
            return new ContractDraft(
                    type,
                    customerId,
                    number,
                    typologyCode,
                    startDate,
                    durationMonths,
                    renewalMonths,
                    billingMonths,
                    paymentTerms,
                    autoRenew,
                    customFields,
                    lines == null
                            ? null
                            : lines.stream().map(LineInput::request).toList(),
                    confirmed);
        }
    }

    /** A delivery (or credit) note made by a mid-term change. */
    public record NoteDto(
            long id,
            String number,
            String kind,
            LocalDate date,
            String description,
            LocalDate periodFrom,
            LocalDate periodTo,
            long remainingDays,
            long periodDays,
            BigDecimal fullValue,
            BigDecimal amount) {}

    /** A contract after a line change, with the note the change made, if any. */
    public record LineChangeDto(ContractDetail contract, NoteDto deliveryNote) {}

    /** The prorated share of a line's value for a mid-term change. */
    public record ProratingDto(
            String kind,
            LocalDate changeDate,
            long remainingDays,
            long periodDays,
            BigDecimal fullValue,
            BigDecimal amount) {}

    /** What a line change would price and charge, before it is saved. */
    public record PreviewDto(PriceDto price, ProratingDto prorating) {}

    /** A status change: the version read, the day (today if empty) and, for rejections and cancellations, why. */
    public record StatusInput(Long version, LocalDate date, String reason) {}

    /** A manual price for a quote line. */
    public record PriceInput(Long version, BigDecimal price) {}

    /** A file kept with the contract. */
    public record FileDto(
            long id,
            String kind,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String templateName,
            Integer templateRevision,
            String createdBy,
            Instant createdAt) {}

    /** One entry of the contract's audit trail. */
    public record AuditDto(Instant changedAt, String changedBy, String action, String detail) {}

    /** The template to make a document from. */
    public record DocumentInput(String template) {}

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
        return Page.of(contracts.search(filter, after, Page.limit(limit)), ContractResource::summary);
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
    @Path("{id}/lines")
    @Operation(summary = "Add a line; on a running contract this makes a delivery note for the days left")
    public LineChangeDto addLine(@PathParam("id") long id, LineInput input) {
        Bodies.required(input);
        LineChange change = contractLines.addLine(
                id,
                Bodies.version(input.version()),
                input.request(),
                input.date() == null ? LocalDate.now() : input.date());
        return new LineChangeDto(
                detail(contracts.view(id)),
                change.note().map(ContractResource::note).orElse(null));
    }

    @POST
    @Path("{id}/lines/preview")
    @Operation(summary = "The price of a line and, on a running contract, the prorated charge, without saving")
    public PreviewDto previewLine(@PathParam("id") long id, LineInput input) {
        Bodies.required(input);
        LinePreview preview =
                contractLines.previewLine(id, input.request(), input.date() == null ? LocalDate.now() : input.date());
        return new PreviewDto(
                price(preview.price()),
                preview.prorating()
                        .map(prorating -> prorating("CHARGE", prorating))
                        .orElse(null));
    }

    @GET
    @Path("{id}/lines/{lineId}/removal")
    @Operation(summary = "The credit removing a line on a day would make, without saving")
    public ProratingDto previewRemoval(
            @PathParam("id") long id, @PathParam("lineId") long lineId, @QueryParam("date") String date) {
        return contractLines
                .previewRemoval(id, lineId, Params.dateOrToday("date", date))
                .map(prorating -> prorating("CREDIT", prorating))
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
        return new LineChangeDto(
                detail(contracts.view(id)),
                change.note().map(ContractResource::note).orElse(null));
    }

    @PUT
    @Path("{id}/lines/{lineId}/price")
    @Operation(summary = "Set a quote line's price by hand")
    public ContractDetail overridePrice(@PathParam("id") long id, @PathParam("lineId") long lineId, PriceInput input) {
        Bodies.required(input);
        contractLines.overridePrice(id, Bodies.version(input.version()), lineId, input.price());
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

    @PUT
    @Path("{id}/revaluation")
    @Operation(
            summary = "Set or clear the index clause; it applies from the next renewal and, when yearly in a term"
                    + " longer than a year, at its anniversaries from today on; over the term it applies once, at renewal, by"
                    + " the whole term's variation")
    public ContractDetail setRevaluation(@PathParam("id") long id, RevaluationInput input) {
        Bodies.required(input);
        RevaluationDto clause = input.revaluation();
        contractSettings.setRevaluation(
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
        contractSettings.assignWarnings(
                id, Bodies.version(input.version()), input.responsibleUser(), input.warningDays());
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
                .map(record -> new RevaluationRecordDto(
                        record.getContractId(),
                        record.getPreviousId(),
                        record.getRunId(),
                        record.getAppliedOn(),
                        record.getIndexCode(),
                        record.getFromMonth().toString(),
                        record.getFromValue(),
                        record.getToMonth().toString(),
                        record.getToValue(),
                        record.getCoefficient(),
                        record.getVariationPercent(),
                        record.getSharePercent(),
                        record.getAppliedPercent(),
                        record.getAmountBefore(),
                        record.getAmountAfter(),
                        record.getPerformedBy(),
                        record.getPerformedAt()))
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
        return instalments(contracts.view(id));
    }

    @GET
    @Path("{id}/delivery-notes")
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "The delivery and credit notes made by mid-term changes")
    public List<NoteDto> deliveryNotes(@PathParam("id") long id) {
        return deliveryNotes.ofContract(id).stream().map(ContractResource::note).toList();
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
        return contracts.history(id).stream().map(ContractResource::audit).toList();
    }

    @GET
    @Path("{id}/files")
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "Attached and generated files, newest first")
    public List<FileDto> files(@PathParam("id") long id) {
        return contractFiles.files(id).stream().map(ContractResource::file).toList();
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
                .entity(file(contractFiles.attach(id, name, content)))
                .build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces({MediaType.WILDCARD, Problem.MEDIA_TYPE})
    @Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
    @Operation(summary = "Download a file")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        StoredFile file = contractFiles.file(id, fileId);
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

    static ContractSummary summary(ContractListing contract) {
        return new ContractSummary(
                contract.id(),
                contract.version(),
                contract.number(),
                contract.typeCode(),
                contract.typeName(),
                contract.customerId(),
                contract.customerCode(),
                contract.customerName(),
                contract.status().name(),
                contract.startDate(),
                contract.endDate(),
                contract.value());
    }

    static ContractDetail detail(Contract contract) {
        ChargingRules charging = contract.getCharging();
        return new ContractDetail(
                contract.getId(),
                contract.getVersion(),
                contract.getNumber(),
                contract.getQuoteNumber(),
                contract.getType().getCode(),
                contract.getType().getName(),
                contract.getType().isWarranty(),
                contract.getCustomer().getId(),
                contract.getCustomer().getCode(),
                contract.getCustomer().getName(),
                contract.getTypologyCode(),
                contract.getStartDate(),
                contract.getDurationMonths(),
                contract.getEndDate(),
                contract.getRenewalMonths(),
                contract.getBillingMonths(),
                contract.getPaymentTerms(),
                contract.isAutoRenew(),
                contract.getStatus().name(),
                contract.getIssuedOn(),
                contract.getQuoteValidUntil(),
                contract.getStatusChangedOn(),
                contract.getStatusReason(),
                contract.getValue(),
                new ChargingDto(
                        charging.isLabourCovered(),
                        charging.isTravelCovered(),
                        charging.isPartsCovered(),
                        charging.isConsumablesCovered()),
                contract.getCustomFields(),
                contract.getLines().stream().map(ContractResource::line).toList(),
                instalments(contract),
                contract.getRevaluation()
                        .map(clause -> new RevaluationDto(
                                clause.getIndexCode(),
                                clause.getSharePercent(),
                                clause.isDecreasesApplied(),
                                clause.getFloorPercent(),
                                clause.getLagMonths(),
                                clause.getInterval().name()))
                        .orElse(null),
                contract.getNextAnniversary(),
                contract.getTermIndexFactor(),
                contract.getWarningDays(),
                contract.getResponsibleUser(),
                contract.getRenewalOf(),
                contract.getInvoiceId());
    }

    private static List<InstalmentDto> instalments(Contract contract) {
        return contract.schedule().stream()
                .map(planned -> new InstalmentDto(
                        planned.sequence(),
                        planned.period().from(),
                        planned.period().to(),
                        planned.dueDate(),
                        planned.amount(),
                        planned.status()))
                .toList();
    }

    private static LineDto line(ContractLine line) {
        return new LineDto(
                line.getId(),
                line.getEquipment() == null ? null : line.getEquipment().getId(),
                line.getEquipment() == null ? null : line.getEquipment().getSerialNumber(),
                line.getItem() == null ? null : line.getItem().getCode(),
                line.getDescription(),
                line.getCoveredFrom(),
                line.getRemovedOn(),
                price(line.getPrice()));
    }

    static PriceDto price(LinePrice price) {
        return new PriceDto(
                price.getSource().name(),
                price.getTariffCode(),
                price.getPriceDate(),
                price.getMonthlyPrice(),
                price.getCoefficientMonths(),
                price.getTariffAmount(),
                price.getAmount(),
                price.isManual(),
                price.explanation());
    }

    private static ProratingDto prorating(String kind, Prorating prorating) {
        return new ProratingDto(
                kind,
                prorating.changeDate(),
                prorating.remainingDays(),
                prorating.periodDays(),
                prorating.fullValue(),
                prorating.amount());
    }

    static NoteDto note(DeliveryNote note) {
        return new NoteDto(
                note.getId(),
                note.getNumber(),
                note.getKind().name(),
                note.getNoteDate(),
                note.getDescription(),
                note.getPeriodFrom(),
                note.getPeriodTo(),
                note.getRemainingDays(),
                note.getPeriodDays(),
                note.getFullValue(),
                note.getAmount());
    }

    private static FileDto file(ContractFile file) {
        return new FileDto(
                file.getId(),
                file.getKind().name(),
                file.getFileName(),
                file.getMediaType(),
                file.getSizeBytes(),
                file.getSha256(),
                file.getTemplateName(),
                file.getTemplateRevision(),
                file.getCreatedBy(),
                file.getCreatedAt());
    }

    private static AuditDto audit(AuditEntry entry) {
        return new AuditDto(entry.getChangedAt(), entry.getChangedBy(), entry.getAction(), entry.getDetail());
    }
}
