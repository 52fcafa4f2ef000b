package com.assisto.integration.erp;

import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.integration.erp.exchange.DropFolderRoute;
import com.assisto.integration.erp.exchange.InboundFlow;
import com.assisto.integration.erp.exchange.InboundRun;
import com.assisto.integration.erp.webapi.WebApiPollRoute;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Owns the application's Camel context: created after the schema is migrated, given every
 * route found by CDI, run on the server's managed threads (so route threads have the
 * application's naming and class-loading context), stopped with the application.
 */
@Singleton
@Startup
@DependsOn("assisto-ejb.jar#DatabaseMigrator")
public class ErpCamelContext {

    private static final Logger LOG = Logger.getLogger(ErpCamelContext.class.getName());

    @Inject
    @Any
    private Instance<RouteBuilder> routes;

    @Inject
    @Any
    private Instance<InboundFlow<?>> inboundFlows;

    @Inject
    private InboundRun run;

    @Inject
    private ExchangeJournal journal;

    @Resource
    private ManagedThreadFactory threadFactory;

    @Inject
    private MetricRegistry metrics;

    @Resource(lookup = "jdbc/assisto")
    private DataSource dataSource;

    private CamelContext camel;

    @PostConstruct
    void start() {
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("assisto-erp");
        camel.getPropertiesComponent().addPropertiesSource(new MicroProfileConfigPropertiesSource());
        camel.getExecutorServiceManager().setThreadPoolFactory(new ManagedThreadPoolFactory(threadFactory));
        camel.getManagementStrategy().addEventNotifier(new RouteMetrics(metrics));
        bindRepositories();
        try {
            for (RouteBuilder route : routes) {
                camel.addRoutes(route);
            }
            for (InboundFlow<?> inbound : inboundFlows) {
                addInboundRoutes(inbound);
            }
        } catch (Exception e) {
            throw new IllegalStateException("ERP routes could not be built: " + e.getMessage(), e);
        }
        camel.start();
        LOG.info(() -> "ERP exchange started with routes "
                + camel.getRoutes().stream().map(r -> r.getRouteId()).toList());
    }

    /**
     * Every inbound flow has its drop folder, and its WebAPI poll when the ERP's translator knows
     * the resource; the poll runs only when the flow's transport is REST_POLL.
     */
    private <R> void addInboundRoutes(InboundFlow<R> inbound) throws Exception {
        camel.addRoutes(new DropFolderRoute<>(run, journal, inbound));
        if (inbound.webApiResource().isPresent()) {
            camel.addRoutes(new WebApiPollRoute<>(run, journal, inbound));
        }
    }

    /**
     * The idempotent repositories on the application database (tables of migration V12): which
     * files and messages were received, and which files a server is reading right now. Locks of
     * a server that died are taken over once they have not been kept alive for a while.
     */
    private void bindRepositories() {
        JdbcMessageIdRepository received = new JdbcMessageIdRepository(dataSource, "erp-received");
        received.setCreateTableIfNotExists(false);
        addService(received);
        camel.getRegistry().bind(DropFolderRoute.RECEIVED, received);
        JdbcOrphanLockAwareIdempotentRepository locks =
                new JdbcOrphanLockAwareIdempotentRepository(dataSource, "erp-file-locks", camel);
        locks.setCreateTableIfNotExists(false);
        // how long a lock of a server that stopped keeping it alive holds: a file a crashed server was
        // reading is read again after this (erp.lock-max-age, config/README.md "Cluster")
        long maxAge = Duration.parse(ConfigProvider.getConfig()
                        .getOptionalValue("erp.lock-max-age", String.class)
                        .orElse("PT60S"))
                .toMillis();
        locks.setLockMaxAgeMillis(maxAge);
        locks.setLockKeepAliveIntervalMillis(maxAge / 4);
        addService(locks);
        camel.getRegistry().bind(DropFolderRoute.FILE_LOCKS, locks);
    }

    /** Started and stopped with the context. */
    private void addService(Object service) {
        try {
            camel.addService(service, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("ERP exchange service could not be added: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        camel.stop();
    }

    public CamelContext camel() {
        return camel;
    }
}
