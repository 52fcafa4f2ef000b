package com.assisto.integration.erp;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the exchanges every ERP route completed or failed, by route id, into /metrics: ops see
 * a route that stopped taking files or keeps failing without reading the log.
 */
final class RouteMetrics extends EventNotifierSupport {

    private final MetricRegistry registry;

    RouteMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        // exchanges a route did not start (a producer template's) belong to no route
        if (exchange.getFromRouteId() != null) {
            String outcome = event instanceof CamelEvent.ExchangeFailedEvent ? "failed" : "completed";
            registry.counter(
                            "assisto.erp.exchanges",
                            new Tag("route", exchange.getFromRouteId()),
                            new Tag("outcome", outcome))
                    .inc();
        }
    }
}
