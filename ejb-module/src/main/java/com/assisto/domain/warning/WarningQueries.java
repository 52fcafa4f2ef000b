package com.assisto.domain.warning;

import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.Role;
import java.time.LocalDate;
import java.util.List;

/** What the warnings read of other aggregates: the contracts to look at, who to tell, and a term's incidents. */
public interface WarningQueries {

    /** The running contracts ending between the two days (both included), in (end date, id) order. */
    List<Long> runningContractsEnding(LocalDate first, LocalDate last);

    /**
     * The longest warning period configured on any item, contract type or running contract, and
     * at least the given days.
     */
    int longestWarningDays(int atLeast);

    /** The active users with the role, in name order: who gets a warning no one in particular is responsible for. */
    List<AppUser> activeUsersWith(Role role);

    /** The prices set by hand on a contract, as the audit trail recorded them, in id order. */
    List<AuditEntry> priceChangesOf(String auditType, long contractId);
}
