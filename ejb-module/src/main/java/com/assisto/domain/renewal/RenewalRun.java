package com.assisto.domain.renewal;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One renewal run over the contracts due on a day. Its counters grow chunk by chunk, each in
 * the chunk's own transaction, so a run cut off by a stop shows how far it got.
 */
@Entity
@Table(name = "renewal_run")
public class RenewalRun extends BaseEntity {

    @Column(name = "run_date", nullable = false)
    private LocalDate runDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false)
    private RunTrigger trigger;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "chunk_size", nullable = false)
    private int chunkSize;

    @Column(name = "pause_millis", nullable = false)
    private int pauseMillis;

    @Column(name = "resumes_run_id")
    private Long resumesRunId;

    private int renewed;
    private int converted;
    private int expired;
    /** Prices moved by an index: at an anniversary (an outcome of its own) or at renewal (counted in renewed too). */
    private int revalued;

    private int waiting;
    private int failed;
    private String error;

    /** The server instance carrying the run (Payara's instance name; "server" on a single server). */
    @Column(name = "runner", length = 120)
    private String runner;

    protected RenewalRun() {}

    public RenewalRun(
            LocalDate runDate,
            RunTrigger trigger,
            String requestedBy,
            int chunkSize,
            int pauseMillis,
            Long resumesRunId,
            String runner,
            Instant now) {
        this.runDate = runDate;
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.chunkSize = chunkSize;
        this.pauseMillis = pauseMillis;
        this.resumesRunId = resumesRunId;
        this.runner = runner;
        this.status = RunStatus.RUNNING;
        this.startedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void finish(Instant now) {
        status = RunStatus.COMPLETED;
        finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void fail(String message, Instant now) {
        status = RunStatus.FAILED;
        error = message == null ? null : message.substring(0, Math.min(message.length(), 2000));
        finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Found RUNNING when the server started: it was cut off, and a resuming run takes over. */
    public void interrupted(Instant now) {
        status = RunStatus.INTERRUPTED;
        finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    public LocalDate getRunDate() {
        return runDate;
    }

    public RunTrigger getTrigger() {
        return trigger;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public RunStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt.toInstant();
    }

    public Instant getFinishedAt() {
        return finishedAt == null ? null : finishedAt.toInstant();
    }

    public int getChunkSize() {
        return chunkSize;
    }

    public int getPauseMillis() {
        return pauseMillis;
    }

    public Long getResumesRunId() {
        return resumesRunId;
    }

    public int getRenewed() {
        return renewed;
    }

    public int getConverted() {
        return converted;
    }

    public int getExpired() {
        return expired;
    }

    public int getRevalued() {
        return revalued;
    }

    public int getWaiting() {
        return waiting;
    }

    public int getFailed() {
        return failed;
    }

    public String getRunner() {
        return runner;
    }

    public String getError() {
        return error;
    }
}
