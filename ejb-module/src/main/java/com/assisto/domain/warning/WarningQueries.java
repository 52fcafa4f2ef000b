package com.assisto.domain.warning;

import java.time.LocalDate;
import java.util.List;

/** What the warnings read of the contracts: which end soon, and how early anyone wants to hear of it. */
public interface WarningQueries {

    /** The running contracts ending between the two days (both included), in (end date, id) order. */
    List<Long> runningContractsEnding(LocalDate first, LocalDate last);

    /**
     * The longest warning period configured on any item, contract type or running contract, and
     * at least the given days.
     */
    int longestWarningDays(int atLeast);
}
