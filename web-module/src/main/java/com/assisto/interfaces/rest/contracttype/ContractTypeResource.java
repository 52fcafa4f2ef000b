package com.assisto.interfaces.rest.contracttype;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeSettings;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Params;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract types: custom-field schema, defaults, number series and document templates (M5, C1, C13). */
@ApplicationScoped
@Path("contract-types")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contract types")
@Allowed({"ADMIN", "BACKOFFICE"})
public class ContractTypeResource {

    @EJB
    private ContractTypeService types;

    @EJB
    private ContractDocuments documents;

    /** What a contract type covers of an intervention's costs by default. */
    public record ChargingDto(
            boolean labourCovered, boolean travelCovered, boolean partsCovered, boolean consumablesCovered) {}

    /**
     * One custom field: key, label, its labels by console language (optional), kind (TEXT, NUMBER,
     * DATE, CHOICE, TABLE), choices or table columns. On an update, a field sent without
     * {@code labels} keeps those it had (a client that knows only {@code label} does not erase what
     * the back office wrote); {@code {}} removes them.
     */
    public record FieldDto(
            String key,
            String label,

            @Schema(
                    description = "The field's label for a reader of each console language, en and it, both"
                            + " optional; where one is missing the reader sees label. Another language is"
                            + " refused under fields.<key>.labels.<language>.",
                    example = "{\"it\": \"Tempo di intervento (ore)\", \"en\": \"Response time (hours)\"}")
            Map<String, String> labels,

            String kind,
            boolean required,
            String options) {

        FieldDto withLabels(Map<String, String> kept) {
            return new FieldDto(key, label, kept, kind, required, options);
        }
    }

    /** A contract type. */
    public record ContractTypeDto(
            String code,
            Long version,
            String name,
            int durationMonths,
            int billingMonths,
            int renewalMonths,
            boolean autoRenew,
            boolean warranty,
            int quoteValidityDays,
            String numberPrefix,
            String quotePrefix,
            ChargingDto charging,
            List<FieldDto> fields) {}

    /** A template revision; a retired template is kept for its documents and makes no new ones. */
    public record TemplateDto(
            String name,
            int revision,
            String locale,
            String body,
            boolean retired,
            String createdBy,
            Instant createdAt) {}

    /** What removing a template did: DELETED, or RETIRED because documents were generated from it. */
    public record RemovalDto(String name, String outcome) {}

    /** A template to save as a new revision. */
    public record TemplateInput(String name, String locale, String body) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    @Operation(summary = "Every contract type")
    public List<ContractTypeDto> list() {
        return types.list().stream().map(ContractTypeResource::dto).toList();
    }

    @GET
    @Path("{code}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    @Operation(summary = "A contract type with its custom-field schema")
    public ContractTypeDto get(@PathParam("code") String code) {
        return dto(types.get(code));
    }

    @POST
    @Operation(summary = "Create a contract type")
    public Response create(ContractTypeDto input, @Context UriInfo uri) {
        Bodies.required(input);
        ContractType type = types.create(input.code(), settings(input), fields(input.fields()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(type.getCode()).build())
                .entity(dto(type))
                .build();
    }

    @PUT
    @Path("{code}")
    @Operation(
            summary = "Change a contract type; send the version you read. A field sent without labels keeps the"
                    + " labels by language it had")
    public ContractTypeDto update(@PathParam("code") String code, ContractTypeDto input) {
        Bodies.required(input);
        List<FieldDto> sent = keepingLabels(input.fields(), types.get(code).getFields());
        types.update(code, Bodies.version(input.version()), settings(input), fields(sent));
        return dto(types.get(code));
    }

    /** The fields sent, each without {@code labels} given those of the stored field of its key. */
    static List<FieldDto> keepingLabels(List<FieldDto> sent, List<CustomFieldDefinition> stored) {
        if (sent == null) {
            return null;
        }
        return sent.stream()
                .map(field -> field == null || field.labels() != null
                        ? field
                        : stored.stream()
                                .filter(had -> had.getKey().equals(field.key()))
                                .findFirst()
                                .map(had -> field.withLabels(had.labels()))
                                .orElse(field))
                .toList();
    }

    @GET
    @Path("{code}/templates")
    @Operation(summary = "The latest revision of each document template of the type")
    public List<TemplateDto> templates(@PathParam("code") String code) {
        return documents.templates(code).stream()
                .map(ContractTypeResource::template)
                .toList();
    }

    @GET
    @Path("{code}/templates/{name}")
    @Operation(summary = "Every revision of a template, newest first")
    public List<TemplateDto> revisions(@PathParam("code") String code, @PathParam("name") String name) {
        return documents.revisions(code, name).stream()
                .map(ContractTypeResource::template)
                .toList();
    }

    @POST
    @Path("{code}/templates")
    @Operation(
            summary = "Save a template as a new revision; it is tried on a specimen contract first, and a field"
                    + " that does not exist is reported with its line and column")
    public Response saveTemplate(@PathParam("code") String code, TemplateInput input) {
        Bodies.required(input);
        return Response.status(Response.Status.CREATED)
                .entity(template(documents.save(code, input.name(), input.locale(), input.body())))
                .build();
    }

    @DELETE
    @Path("{code}/templates/{name}")
    @Operation(
            summary = "Delete a template with every revision; one that documents were generated from is retired"
                    + " instead (no longer offered, kept for those documents), and the answer says which")
    public RemovalDto removeTemplate(@PathParam("code") String code, @PathParam("name") String name) {
        return new RemovalDto(name, documents.remove(code, name).name());
    }

    private static ContractTypeSettings settings(ContractTypeDto input) {
        ChargingDto charging = input.charging() == null ? new ChargingDto(true, true, false, false) : input.charging();
        return new ContractTypeSettings(
                input.name(),
                input.durationMonths(),
                input.billingMonths(),
                input.renewalMonths(),
                input.autoRenew(),
                input.warranty(),
                input.quoteValidityDays(),
                input.numberPrefix(),
                input.quotePrefix(),
                new ChargingRules(
                        charging.labourCovered(),
                        charging.travelCovered(),
                        charging.partsCovered(),
                        charging.consumablesCovered()));
    }

    static List<CustomFieldDefinition> fields(List<FieldDto> input) {
        List<CustomFieldDefinition> fields = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (input != null) {
            for (FieldDto field : input) {
                try {
                    fields.add(new CustomFieldDefinition(
                            field.key(),
                            field.label(),
                            field.labels(),
                            Params.enumValue("fields." + field.key() + ".kind", field.kind(), CustomFieldKind.class),
                            field.required(),
                            field.options()));
                } catch (ValidationException e) {
                    errors.addAll(e.getErrors());
                } catch (ProblemMappers.BadRequestParameter e) {
                    errors.add(new FieldError("fields." + field.key() + ".kind", "rest.fieldKind", field.kind()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return fields;
    }

    static ContractTypeDto dto(ContractType type) {
        ChargingRules charging = type.getCharging();
        return new ContractTypeDto(
                type.getCode(),
                type.getVersion(),
                type.getName(),
                type.getDurationMonths(),
                type.getBillingMonths(),
                type.getRenewalMonths(),
                type.isAutoRenew(),
                type.isWarranty(),
                type.getQuoteValidityDays(),
                type.getNumberPrefix(),
                type.getQuotePrefix(),
                new ChargingDto(
                        charging.isLabourCovered(),
                        charging.isTravelCovered(),
                        charging.isPartsCovered(),
                        charging.isConsumablesCovered()),
                type.getFields().stream()
                        .map(field -> new FieldDto(
                                field.getKey(),
                                field.getLabel(),
                                field.labels(),
                                field.getKind().name(),
                                field.isRequired(),
                                field.getOptions()))
                        .toList());
    }

    private static TemplateDto template(ContractTemplate template) {
        return new TemplateDto(
                template.getName(),
                template.getRevision(),
                template.getLocale(),
                template.getBody(),
                template.isRetired(),
                template.getCreatedBy(),
                template.getCreatedAt());
    }
}
