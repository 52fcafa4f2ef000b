package com.assisto.application.reporting;

import java.time.LocalDate;
import java.util.Map;

/** The read side behind the home dashboard: counts over the whole company, each one query. */
public interface DashboardQueries {

    /** Running contracts per end date, for the days from first to last (both included). */
    Map<LocalDate, Long> runningContractsEndingPerDay(LocalDate first, LocalDate last);

    /** Quotes neither confirmed, rejected, cancelled nor lapsed. */
    long quotesAwaitingAnswer();

    /** Instalments due and queued for the ERP, not yet invoiced. */
    long instalmentsDue();

    /** Running contracts whose latest renewal outcome is waiting for an index value. */
    long contractsWaitingForIndex();
}
