package com.assisto.application.scheduling;

import com.assisto.domain.renewal.RunTrigger;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The record of the days each nightly job ran for. A run claims its day by inserting the row,
 * in a transaction of its own, before doing anything: the primary key (job, day) lets only one
 * claim per day commit, whichever instance or trigger makes it.
 */
@Stateless
public class JobRunLog {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    /** The last day the job ran for, or null if it never did. */
    public LocalDate lastRun(NightlyJob job) {
        Object last = em.createNativeQuery("SELECT MAX(run_date) FROM scheduled_job_run WHERE job = ?1")
                .setParameter(1, job.name())
                .getSingleResult();
        return last == null ? null : last instanceof Date date ? date.toLocalDate() : (LocalDate) last;
    }

    /**
     * Claims the day for the job; false if it was claimed before. A claim made at the same moment
     * elsewhere makes the insert fail on the key, and the caller's transaction with it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(NightlyJob job, LocalDate day, RunTrigger trigger) {
        Number existing = (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM scheduled_job_run WHERE job = ?1" + " AND run_date = ?2")
                        .setParameter(1, job.name())
                        .setParameter(2, Date.valueOf(day))
                        .getSingleResult();
        if (existing.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO scheduled_job_run (job, run_date, run_trigger, started_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, job.name())
                .setParameter(2, Date.valueOf(day))
                .setParameter(3, trigger.name())
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(NightlyJob job, LocalDate day) {
        em.createNativeQuery("UPDATE scheduled_job_run SET finished_at = ?1 WHERE job = ?2 AND run_date = ?3")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(2, job.name())
                .setParameter(3, Date.valueOf(day))
                .executeUpdate();
    }
}
