package com.assisto.application.scheduling;

import com.assisto.domain.renewal.RunTrigger;
import com.assisto.infrastructure.persistence.SeedingLock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The nightly jobs' persistent timers, one calendar timer per {@link NightlyJob} at its hour
 * (server time zone). A persistent timer fires on one instance of a cluster and moves to another
 * when that one dies. The application makes them itself rather than by {@code @Schedule}: Payara
 * makes {@code @Schedule} timers on the DAS when it deploys, which on a deployment group races the
 * instances' start (a timer went missing after a group redeploy), and deletes all of an
 * application's timers when any version of it is undeployed (config/README.md, "Cluster"). So the set is checked when the application starts and every five
 * minutes on every instance, one instance at a time, and a timer found missing is made again; a
 * firing lost meanwhile is made up by {@link MissedRunCatchUp} at the next start.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class NightlyTimers {

    private static final Logger LOG = Logger.getLogger(NightlyTimers.class.getName());
    private static final String INFO_PREFIX = "nightly ";

    @Resource
    private TimerService timers;

    @EJB
    private NightlyJobs jobs;

    @Inject
    private SeedingLock seeding;

    @PostConstruct
    void atStart() {
        keep();
    }

    /** Not persistent: it runs on every instance, and the lock lets one at a time look. */
    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void everyFiveMinutes() {
        keep();
    }

    /** Makes each job's timer that is missing, and cancels a second one or one at another hour. */
    private void keep() {
        seeding.holdUntilCommit();
        List<Timer> existing = new ArrayList<>(timers.getTimers());
        for (NightlyJob job : NightlyJob.values()) {
            String info = info(job);
            boolean kept = false;
            for (Timer timer : existing) {
                if (info.equals(timer.getInfo())) {
                    if (!kept && matches(timer.getSchedule(), job.schedule().at())) {
                        kept = true;
                    } else {
                        timer.cancel();
                    }
                }
            }
            if (!kept) {
                LocalTime at = job.schedule().at();
                timers.createCalendarTimer(
                        new ScheduleExpression()
                                .hour(at.getHour())
                                .minute(at.getMinute())
                                .second(0),
                        new TimerConfig(info, true));
                LOG.info(() -> "Timer of the " + job + " job made: every day at " + at);
            }
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        job(timer.getInfo()).ifPresent(job -> jobs.run(job, LocalDate.now(), RunTrigger.NIGHTLY));
    }

    static String info(NightlyJob job) {
        return INFO_PREFIX + job.name();
    }

    static Optional<NightlyJob> job(Object info) {
        for (NightlyJob job : NightlyJob.values()) {
            if (info(job).equals(info)) {
                return Optional.of(job);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(ScheduleExpression schedule, LocalTime at) {
        return schedule != null
                && String.valueOf(at.getHour()).equals(schedule.getHour())
                && String.valueOf(at.getMinute()).equals(schedule.getMinute())
                && "0".equals(schedule.getSecond());
    }
}
