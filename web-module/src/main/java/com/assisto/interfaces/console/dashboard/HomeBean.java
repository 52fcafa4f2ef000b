package com.assisto.interfaces.console.dashboard;

import com.assisto.application.reporting.BackOfficeDashboard;
import com.assisto.application.reporting.Dashboard;
import com.assisto.application.reporting.JobHealth;
import com.assisto.domain.reporting.ExpiryOutlook;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The home page's figures, read once per request and only for a role that may see them (the page
 * asks for the back office's figures only when the user is an editor, the runs' health only for
 * an administrator).
 */
@Named
@RequestScoped
public class HomeBean {

    @EJB
    private Dashboard dashboard;

    private final LocalDate today = LocalDate.now();
    private BackOfficeDashboard backOffice;
    private List<JobHealth> jobs;

    public BackOfficeDashboard getBackOffice() {
        if (backOffice == null) {
            backOffice = dashboard.backOffice(today);
        }
        return backOffice;
    }

    public List<JobHealth> getJobs() {
        if (jobs == null) {
            jobs = dashboard.jobHealth(LocalDateTime.now());
        }
        return jobs;
    }

    /** A month's bar as a share of the busiest month, in percent (a month without any has none). */
    public long barPercent(ExpiryOutlook.Month month) {
        long most = getBackOffice().endingPerMonth().stream()
                .mapToLong(ExpiryOutlook.Month::contracts)
                .max()
                .orElse(0);
        return most == 0 ? 0 : Math.round(100.0 * month.contracts() / most);
    }

    public LocalDate getToday() {
        return today;
    }

    /** The last day of a window of the given days starting today, for the contract list's filter. */
    public LocalDate lastDayWithin(int days) {
        return today.plusDays(days - 1L);
    }
}
