package com.assisto.integration.erp;

import com.assisto.application.exchange.ErpSettings;
import com.assisto.application.exchange.ExchangeMetrics;
import com.assisto.domain.exchange.Direction;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.Transport;
import com.assisto.infrastructure.persistence.SeedingLock;
import com.assisto.integration.erp.outbound.OutboundRoutes;
import com.assisto.integration.erp.webapi.WebApiPollRoute;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs the outbound flows, and polls the inbound flows that the ERP's WebAPI serves, every
 * {@code erp.outbound.interval} (default one minute) on a
 * persistent EJB timer: the server's timer service fires it on one instance of a cluster and
 * moves it to another when that one dies, so the outbox is delivered by one server at a time
 * without a lock of our own. The timer is made at the first start and remade when the interval
 * setting changes.
 */
@Singleton
@Startup
@DependsOn("ErpCamelContext")
public class ErpSchedule {

    private static final Logger LOG = Logger.getLogger(ErpSchedule.class.getName());
    private static final String INFO_PREFIX = "erp-outbound every ";

    @Resource
    private TimerService timers;

    @EJB
    private ErpCamelContext erp;

    @Inject
    private ErpSettings settings;

    @Inject
    private ExchangeMetrics metrics;

    @Inject
    private SeedingLock seeding;

    /**
     * Every five minutes on every instance, one at a time: the timer is made again if it went
     * (Payara deletes an application's timers when any version of it is undeployed, and on a
     * deployment group its redeploy races the instances' start).
     */
    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void keep() {
        schedule();
    }

    @PostConstruct
    void schedule() {
        // instances of a cluster start together: one at a time looks for the timer, so one makes it
        seeding.holdUntilCommit();
        Duration interval = Duration.parse(ConfigProvider.getConfig()
                .getOptionalValue("erp.outbound.interval", String.class)
                .orElse("PT1M"));
        String info = INFO_PREFIX + interval;
        boolean current = false;
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof String text && text.startsWith(INFO_PREFIX)) {
                if (text.equals(info) && !current) {
                    current = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (!current) {
            timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(info, true));
        }
    }

    /**
     * Delivers every outbound flow's due messages and polls every inbound flow whose transport is
     * REST_POLL; the flows' own transactions keep what each did.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        FlowRun run = new FlowRun(erp.camel());
        for (ErpFlow flow : ErpFlow.values()) {
            String uri = flow.direction() == Direction.OUTBOUND
                    ? OutboundRoutes.deliverUri(flow)
                    : settings.transport(flow) == Transport.REST_POLL ? WebApiPollRoute.pollUri(flow) : null;
            if (uri != null) {
                try {
                    if (!run.alone(flow, uri)) {
                        LOG.info(() -> "ERP exchange of " + flow.settingName()
                                + " is already running (here or on another server); skipped");
                    }
                } catch (RuntimeException failed) {
                    // logged in the exchange log too; the next run tries again
                    LOG.log(Level.WARNING, "ERP exchange of " + flow.settingName() + " failed: " + failed.getMessage());
                }
            }
        }
        metrics.refreshBacklog();
    }
}
