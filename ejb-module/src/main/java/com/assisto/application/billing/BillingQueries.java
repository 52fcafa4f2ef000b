package com.assisto.application.billing;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.Instalment;
import java.time.LocalDate;
import java.util.List;

/**
 * What the daily billing run works on. Both lists cut across contracts, so they are queries of
 * the run rather than of one contract; the run changes what they return.
 */
public interface BillingQueries {

    /** Planned instalments of running contracts whose day has come, by due date. */
    List<Instalment> instalmentsDue(LocalDate today);

    /** Quotes whose validity ended before the day. */
    List<Contract> quotesPastValidity(LocalDate today);
}
