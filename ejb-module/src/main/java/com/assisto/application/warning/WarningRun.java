package com.assisto.application.warning;

import com.assisto.domain.warning.WarningQueries;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily warning run: finds the running contracts whose end is within the longest warning
 * period anyone configured and lets {@link Warnings} decide, contract by contract, what is due.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarningRun {

    private static final Logger LOG = Logger.getLogger(WarningRun.class.getName());

    @Inject
    private WarningQueries queries;

    @EJB
    private Warnings warnings;

    /** What one run sent. */
    public record Result(LocalDate day, int expiryWarnings, int administrativeWarnings, int failures) {}

    public Result run(LocalDate day) {
        // the longest warning period configured anywhere: contracts ending later need no look today
        int horizon = queries.longestWarningDays(Warnings.DEFAULT_WARNING_DAYS);
        List<Long> candidates = queries.runningContractsEnding(day, day.plusDays(horizon));
        int expiry = 0;
        int administrative = 0;
        int failures = 0;
        for (Long id : candidates) {
            try {
                expiry += warnings.expiry(id, day) ? 1 : 0;
                administrative += warnings.administrative(id, day) ? 1 : 0;
            } catch (EJBException failed) {
                failures++;
                LOG.log(Level.WARNING, "Warnings of contract " + id + " failed; the next run tries again", failed);
            }
        }
        Result result = new Result(day, expiry, administrative, failures);
        LOG.info(() -> "Warning run for " + day + ": " + result);
        return result;
    }
}
