package com.assisto.interfaces.rest.contract;

import static com.assisto.interfaces.rest.contract.ContractDtoAssembler.detail;

import com.assisto.application.contract.ContractLookup;
import com.assisto.application.contract.ContractSettings;
import com.assisto.application.renewal.RenewalRuns;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contract.RevaluationInterval;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import com.assisto.interfaces.rest.contract.ContractDtos.ContractDetail;
import com.assisto.interfaces.rest.contract.ContractDtos.RevaluationDto;
import com.assisto.interfaces.rest.contract.ContractDtos.RevaluationInput;
import com.assisto.interfaces.rest.contract.ContractDtos.RevaluationRecordDto;
import com.assisto.interfaces.rest.contract.ContractDtos.WarningsInput;
import com.assisto.interfaces.rest.renewal.RenewalResource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The end of a contract's term and what follows it: who is warned before the end and when (C10),
 * the index clause (C6), what renewing would do, and what renewal runs did (C9).
 */
@ApplicationScoped
@Path("contracts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
// by reference: each class tagged by name adds one more "Contracts" to the OpenAPI list of tags
@Tag(ref = "Contracts")
@Allowed({"ADMIN", "BACKOFFICE"})
public class ContractRenewalResource {

    @EJB
    private ContractSettings contractSettings;

    @EJB
    private ContractLookup contracts;

    @EJB
    private RenewalRuns renewals;

    @PUT
    @Path("{id}/warnings")
    @Operation(summary = "Set who receives the contract's warnings and how many days before the end")
    public ContractDetail assignWarnings(@PathParam("id") long id, WarningsInput input) {
        Bodies.required(input);
        contractSettings.assignWarnings(
                id, Bodies.version(input.version()), input.responsibleUser(), input.warningDays());
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

    @GET
    @Path("{id}/renewal-preview")
    @Operation(
            summary = "What renewing the running contract would do: each line's next price and how, or why it would"
                    + " wait; and the next anniversary revaluation inside a term longer than a year")
    public RenewalPreviewDto renewalPreview(@PathParam("id") long id) {
        return RenewalPreviewDto.of(renewals.preview(id));
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
}
