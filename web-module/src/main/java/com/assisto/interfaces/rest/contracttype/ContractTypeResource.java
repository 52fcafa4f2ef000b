package com.assisto.interfaces.rest.contracttype;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeSettings;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.FieldDto;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
        ContractType type = types.create(input.code(), settings(input), FieldDto.definitions(input.fields()));
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
        List<FieldDto> sent =
                FieldDto.keepingLabels(input.fields(), types.get(code).getFields());
        types.update(code, Bodies.version(input.version()), settings(input), FieldDto.definitions(sent));
        return dto(types.get(code));
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
                FieldDto.of(type.getFields()));
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
