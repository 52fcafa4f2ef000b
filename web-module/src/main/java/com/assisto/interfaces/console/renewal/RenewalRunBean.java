package com.assisto.interfaces.console.renewal;

import com.assisto.application.renewal.RenewalRuns;
import com.assisto.application.scheduling.RenewalTimer;
import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RenewalResult;
import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.renewal.RunStatus;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Renewal runs (C9) in the console: the history with counts and errors, one run's results
 * per contract, the contracts waiting for an index value; administrators start, schedule and
 * re-run runs.
 */
@Named
@ViewScoped
public class RenewalRunBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient RenewalRuns runs;

    @EJB
    private transient RenewalTimer timer;

    private Long runId;
    private RenewalResult result;
    private LocalDate runDate = LocalDate.now();
    private LocalDateTime scheduleAt;
    private transient List<RenewalRun> history;
    private final LazyDataModel<RenewalOutcome> outcomes = new OutcomeModel();
    private transient List<RenewalOutcome> waiting;

    public List<RenewalRun> getHistory() {
        if (history == null) {
            history = runs.runs(50);
        }
        return history;
    }

    /** While a run is going on the page refreshes itself. */
    public boolean isAnyRunning() {
        return getHistory().stream().anyMatch(run -> run.getStatus() == RunStatus.RUNNING);
    }

    public RenewalRun getSelected() {
        return runId == null
                ? null
                : getHistory().stream()
                        .filter(run -> run.getId().equals(runId))
                        .findFirst()
                        .orElseGet(() -> runs.run(runId));
    }

    /** A night's run has a result per contract, tens of thousands of them: the table loads a page at a time. */
    public LazyDataModel<RenewalOutcome> getOutcomes() {
        return outcomes;
    }

    public List<RenewalOutcome> getWaiting() {
        if (waiting == null) {
            waiting = runs.waiting();
        }
        return waiting;
    }

    public void refresh() {
        history = null;
        waiting = null;
    }

    /** The page's poll: reloads, and once no run is going on tells the page to stop polling. */
    public void poll() {
        refresh();
        if (!isAnyRunning()) {
            PrimeFaces.current().ajax().addCallbackParam("runsDone", true);
        }
    }

    public void select(long id) {
        runId = id;
        result = null;
    }

    private final class OutcomeModel extends LazyDataModel<RenewalOutcome> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return runId == null ? 0 : (int) runs.countOutcomes(runId, result);
        }

        @Override
        public List<RenewalOutcome> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return runId == null ? List.of() : runs.outcomesPage(runId, result, first, pageSize);
        }

        @Override
        public String getRowKey(RenewalOutcome outcome) {
            return String.valueOf(outcome.getId());
        }

        @Override
        public RenewalOutcome getRowData(String rowKey) {
            return null;
        }
    }

    public void start() {
        try {
            runId = runs.start(runDate, null, null);
            refresh();
            Faces.info("renewal.startedRun", String.valueOf(runId));
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void rerun(long id) {
        try {
            RenewalRun earlier = runs.run(id);
            runId = runs.start(earlier.getRunDate(), earlier.getChunkSize(), null);
            refresh();
            Faces.info("renewal.startedRun", String.valueOf(runId));
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void schedule() {
        try {
            if (scheduleAt == null) {
                throw new com.assisto.domain.shared.ValidationException("at", "value.required");
            }
            timer.schedule(runDate, scheduleAt.atZone(ZoneId.systemDefault()).toInstant());
            Faces.info("renewal.scheduled");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public RenewalResult[] getResults() {
        return RenewalResult.values();
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public RenewalResult getResult() {
        return result;
    }

    public void setResult(RenewalResult result) {
        this.result = result;
    }

    public LocalDate getRunDate() {
        return runDate;
    }

    public void setRunDate(LocalDate runDate) {
        this.runDate = runDate;
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }
}
