package com.assisto.application.reporting;

import com.assisto.application.scheduling.JobRunLog;
import com.assisto.application.scheduling.NightlyJob;
import com.assisto.application.warning.Inbox;
import com.assisto.domain.renewal.RenewalRunRepository;
import com.assisto.domain.reporting.ExpiryOutlook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The home dashboard's figures per role: company-wide counts for the back office, the runs' health
 * for administrators. Technicians and customers never see company-wide figures.
 */
@Stateless
public class Dashboard {

    /** The months of the expiry chart, this one included. */
    static final int OUTLOOK_MONTHS = 12;

    @Inject
    private DashboardQueries queries;

    @Inject
    private RenewalRunRepository renewalRuns;

    @EJB
    private JobRunLog jobs;

    @EJB
    private Inbox inbox;

    @RolesAllowed({"ADMIN", "BACKOFFICE"})
    public BackOfficeDashboard backOffice(LocalDate today) {
        ExpiryOutlook outlook = new ExpiryOutlook(
                today, queries.runningContractsEndingPerDay(today, ExpiryOutlook.lastDayNeeded(today, OUTLOOK_MONTHS)));
        return new BackOfficeDashboard(
                outlook.within(30),
                outlook.within(60),
                outlook.within(90),
                outlook.months(OUTLOOK_MONTHS),
                queries.contractsWaitingForIndex(),
                queries.quotesAwaitingAnswer(),
                inbox.unread(),
                renewalRuns.latest(1).stream().findFirst().orElse(null),
                jobs.lastRun(NightlyJob.BILLING),
                queries.instalmentsDue());
    }

    @RolesAllowed("ADMIN")
    public List<JobHealth> jobHealth(LocalDateTime now) {
        return Arrays.stream(NightlyJob.values())
                .map(job -> {
                    LocalDate lastRun = jobs.lastRun(job);
                    return new JobHealth(job.name(), lastRun, job.schedule().missed(lastRun, now));
                })
                .toList();
    }
}
