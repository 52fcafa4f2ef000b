package com.assisto.domain.renewal;

import com.assisto.domain.contract.Contract;
import java.time.LocalDate;
import java.util.List;

/**
 * The contracts a renewal run deals with, found in the order it seeks through them, and
 * loaded a chunk at a time with what it needs. They span contracts and run outcomes.
 */
public interface RenewalQueries {

    /** The next running contracts ended before the day, after the cursor, in (end date, id) order. */
    List<RenewalCursor> dueAfter(LocalDate day, RenewalCursor cursor, int size);

    /**
     * The successors the run made (renewed or converted) that are due themselves and that it has
     * not dealt with yet, after the cursor, in (end date, id) order.
     */
    List<RenewalCursor> dueSuccessorsAfter(long runId, LocalDate day, RenewalCursor cursor, int size);

    /** The next running contracts with an anniversary on or before the day, in (anniversary, id) order. */
    List<RenewalCursor> anniversariesAfter(LocalDate day, RenewalCursor cursor, int size);

    /** The contracts with their lines, items, equipment and customer, in id order: what renewing them reads. */
    List<Contract> forRenewal(List<Long> ids);

    /** The contracts with their instalments, in id order: what revaluing them at an anniversary reads. */
    List<Contract> forRevaluation(List<Long> ids);

    /**
     * The last outcome of each running contract whose last outcome was WAITING, in contract number
     * order: they renew once the index values arrive.
     */
    List<RenewalOutcome> waiting();
}
