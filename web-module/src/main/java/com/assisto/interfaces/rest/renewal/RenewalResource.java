package com.assisto.interfaces.rest.renewal;

import com.assisto.application.renewal.RenewalRuns;
import com.assisto.application.scheduling.RenewalTimer;
import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RenewalResult;
import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.shared.ValidationException;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Renewal runs (C9): the nightly timer's run on demand or at a chosen moment, the history of
 * runs with their per-contract results and errors, re-runs, and the contracts waiting for an index.
 */
@ApplicationScoped
@Path("renewals")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Renewals")
@Allowed({"ADMIN", "BACKOFFICE"})
public class RenewalResource {

    @EJB
    private RenewalRuns runs;

    @EJB
    private RenewalTimer timer;

    /** A run and its counts. */
    public record RunDto(
            long id,
            LocalDate runDate,
            String trigger,
            String requestedBy,
            String status,
            Instant startedAt,
            Instant finishedAt,
            int chunkSize,
            Long resumesRunId,
            int renewed,
            int converted,
            int expired,
            int revalued,
            int waiting,
            int failed,
            String error,
            String runner) {}

    /** What a run did with one contract. */
    public record OutcomeDto(
            long id,
            long runId,
            long contractId,
            String contractNumber,
            String result,
            Long successorId,
            String successorNumber,
            String message) {}

    @POST
    @Path("runs")
    @Allowed({"ADMIN"})
    @Operation(
            summary = "Start a renewal run for the contracts ended before the date (today if empty), and the"
                    + " anniversary revaluations due by then; it goes on in the background: follow it at the returned location."
                    + " chunkSize and pauseMillis throttle it")
    public Response start(
            @QueryParam("date") String date,
            @QueryParam("chunkSize") Integer chunkSize,
            @QueryParam("pauseMillis") Integer pauseMillis) {
        long id = runs.start(Params.dateOrToday("date", date), chunkSize, pauseMillis);
        return Response.accepted(dto(runs.run(id)))
                .header("Location", "renewals/runs/" + id)
                .build();
    }

    @POST
    @Path("runs/scheduled")
    @Allowed({"ADMIN"})
    @Operation(summary = "Schedule a run at a moment (ISO instant) on a persistent timer")
    public Response schedule(@QueryParam("date") String date, @QueryParam("at") String at) {
        Instant moment;
        try {
            moment = Instant.parse(at == null ? "" : at);
        } catch (DateTimeParseException e) {
            throw new ValidationException("at", "rest.notInstant", at);
        }
        timer.schedule(Params.dateOrToday("date", date), moment);
        return Response.accepted().build();
    }

    @POST
    @Path("runs/{id}/rerun")
    @Allowed({"ADMIN"})
    @Operation(summary = "Run again for the same date: contracts that waited or failed get another try")
    public Response rerun(@PathParam("id") long id) {
        RenewalRun earlier = runs.run(id);
        long again = runs.start(earlier.getRunDate(), earlier.getChunkSize(), null);
        return Response.accepted(dto(runs.run(again)))
                .header("Location", "renewals/runs/" + again)
                .build();
    }

    @GET
    @Path("runs")
    @Operation(summary = "The latest runs, newest first")
    public List<RunDto> list(@QueryParam("limit") Integer limit) {
        return runs.runs(Page.limit(limit)).stream().map(RenewalResource::dto).toList();
    }

    @GET
    @Path("runs/{id}")
    @Operation(summary = "One run and its counts")
    public RunDto get(@PathParam("id") long id) {
        return dto(runs.run(id));
    }

    @GET
    @Path("runs/{id}/outcomes")
    @Operation(
            summary = "What the run did with each contract, optionally one result (RENEWED, CONVERTED, EXPIRED,"
                    + " REVALUED, WAITING, FAILED), paged by id")
    public List<OutcomeDto> outcomes(
            @PathParam("id") long id,
            @QueryParam("result") String result,
            @QueryParam("after") Long after,
            @QueryParam("limit") Integer limit) {
        return runs
                .outcomes(
                        id,
                        Params.enumValue("result", result, RenewalResult.class),
                        after == null ? 0 : after,
                        Page.limit(limit))
                .stream()
                .map(RenewalResource::dto)
                .toList();
    }

    @GET
    @Path("waiting")
    @Operation(summary = "Contracts past their end that wait for an index value before they renew")
    public List<OutcomeDto> waiting() {
        return runs.waiting().stream().map(RenewalResource::dto).toList();
    }

    static RunDto dto(RenewalRun run) {
        return new RunDto(
                run.getId(),
                run.getRunDate(),
                run.getTrigger().name(),
                run.getRequestedBy(),
                run.getStatus().name(),
                run.getStartedAt(),
                run.getFinishedAt(),
                run.getChunkSize(),
                run.getResumesRunId(),
                run.getRenewed(),
                run.getConverted(),
                run.getExpired(),
                run.getRevalued(),
                run.getWaiting(),
                run.getFailed(),
                run.getError(),
                run.getRunner());
    }

    public static OutcomeDto dto(RenewalOutcome outcome) {
        return new OutcomeDto(
                outcome.getId(),
                outcome.getRunId(),
                outcome.getContractId(),
                outcome.getContractNumber(),
                outcome.getResult().name(),
                outcome.getSuccessorId(),
                outcome.getSuccessorNumber(),
                outcome.getMessage() == null ? null : outcome.getMessage().toString());
    }
}
