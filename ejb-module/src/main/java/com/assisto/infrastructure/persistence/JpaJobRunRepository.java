package com.assisto.infrastructure.persistence;

import com.assisto.domain.scheduling.JobRunRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The nightly jobs' run log in plain SQL on its table, which has no entity. */
@Dependent
public class JpaJobRunRepository implements JobRunRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public LocalDate lastRun(String job) {
        Object last = em.createNativeQuery("SELECT MAX(run_date) FROM scheduled_job_run WHERE job = ?1")
                .setParameter(1, job)
                .getSingleResult();
        return last == null ? null : last instanceof Date date ? date.toLocalDate() : (LocalDate) last;
    }

    @Override
    public boolean claimed(String job, LocalDate day) {
        Number existing =
                (Number) em.createNativeQuery("SELECT COUNT(*) FROM scheduled_job_run WHERE job = ?1 AND run_date = ?2")
                        .setParameter(1, job)
                        .setParameter(2, Date.valueOf(day))
                        .getSingleResult();
        return existing.longValue() > 0;
    }

    @Override
    public void claim(String job, LocalDate day, String trigger, Instant startedAt) {
        em.createNativeQuery("INSERT INTO scheduled_job_run (job, run_date, run_trigger, started_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, job)
                .setParameter(2, Date.valueOf(day))
                .setParameter(3, trigger)
                .setParameter(4, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public void finished(String job, LocalDate day, Instant finishedAt) {
        em.createNativeQuery("UPDATE scheduled_job_run SET finished_at = ?1 WHERE job = ?2 AND run_date = ?3")
                .setParameter(1, OffsetDateTime.ofInstant(finishedAt, ZoneOffset.UTC))
                .setParameter(2, job)
                .setParameter(3, Date.valueOf(day))
                .executeUpdate();
    }
}
