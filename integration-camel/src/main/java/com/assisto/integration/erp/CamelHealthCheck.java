package com.assisto.integration.erp;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the ERP exchange runs with every route started. */
@Readiness
@ApplicationScoped
public class CamelHealthCheck implements HealthCheck {

    @EJB
    private ErpCamelContext erp;

    @Override
    public HealthCheckResponse call() {
        CamelContext camel = erp.camel();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("camel")
                .withData("context", camel == null ? "none" : camel.getStatus().name());
        boolean up = camel != null && camel.getStatus().isStarted();
        if (camel != null) {
            for (Route route : camel.getRoutes()) {
                String status = camel.getRouteController()
                        .getRouteStatus(route.getRouteId())
                        .name();
                response.withData(route.getRouteId(), status);
                up &= camel.getRouteController()
                        .getRouteStatus(route.getRouteId())
                        .isStarted();
            }
        }
        return response.status(up).build();
    }
}
