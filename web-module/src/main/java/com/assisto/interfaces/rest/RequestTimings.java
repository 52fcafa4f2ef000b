package com.assisto.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every REST call into /metrics ({@code assisto_rest_requests_seconds}) by HTTP method,
 * the resource method's path template and the status class. The template is fixed when the
 * API is deployed, never taken from the request's URL, so ids in paths add no series.
 */
@Provider
public class RequestTimings implements DynamicFeature {

    @Inject
    private MetricRegistry registry;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String template = template(resource.getResourceClass().getAnnotation(Path.class))
                + template(resource.getResourceMethod().getAnnotation(Path.class));
        // before the role check, so a refused call is timed too
        context.register(new Timing(registry, template.isEmpty() ? "/" : template), Priorities.AUTHENTICATION - 100);
    }

    private static String template(Path path) {
        if (path == null) {
            return "";
        }
        String value = path.value().replaceAll("^/+|/+$", "");
        return value.isEmpty() ? "" : "/" + value;
    }

    private static final class Timing implements ContainerRequestFilter, ContainerResponseFilter {

        private static final String STARTED = Timing.class.getName() + ".started";

        private final MetricRegistry registry;
        private final String template;

        Timing(MetricRegistry registry, String template) {
            this.registry = registry;
            this.template = template;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(STARTED, System.nanoTime());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(STARTED) instanceof Long started) {
                registry.timer(
                                "assisto.rest.requests",
                                new Tag("method", request.getMethod()),
                                new Tag("path", template),
                                new Tag("status", response.getStatus() / 100 + "xx"))
                        .update(Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }
}
