package com.assisto.integration.erp;

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
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
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

    @Resource
    private ManagedThreadFactory threadFactory;

    @Inject
    private MetricRegistry metrics;

    private CamelContext camel;

    @PostConstruct
    void start() {
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("assisto-erp");
        camel.getPropertiesComponent().addPropertiesSource(new MicroProfileConfigPropertiesSource());
        camel.getExecutorServiceManager().setThreadPoolFactory(new ManagedThreadPoolFactory(threadFactory));
        camel.getManagementStrategy().addEventNotifier(new RouteMetrics(metrics));
        try {
            for (RouteBuilder route : routes) {
                camel.addRoutes(route);
            }
        } catch (Exception e) {
            throw new IllegalStateException("ERP routes could not be built: " + e.getMessage(), e);
        }
        camel.start();
        LOG.info(() -> "ERP exchange started with routes "
                + camel.getRoutes().stream().map(r -> r.getRouteId()).toList());
    }

    @PreDestroy
    void stop() {
        camel.stop();
    }

    public CamelContext camel() {
        return camel;
    }
}
