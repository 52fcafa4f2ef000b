package com.assisto.application.reporting;

import com.assisto.domain.renewal.RenewalRun;
import com.assisto.domain.reporting.ExpiryOutlook;
import java.time.LocalDate;
import java.util.List;

/**
 * What the back office sees first: what ends soon, what waits for someone, and what the last
 * nightly runs did.
 *
 * @param lastRenewalRun  null before the first run
 * @param lastBillingDay  the day the billing job last ran for; null if it never did
 */
public record BackOfficeDashboard(
        long endingWithin30,
        long endingWithin60,
        long endingWithin90,
        List<ExpiryOutlook.Month> endingPerMonth,
        long waitingForIndex,
        long quotesAwaitingAnswer,
        long unreadWarnings,
        RenewalRun lastRenewalRun,
        LocalDate lastBillingDay,
        long instalmentsDue) {}
