package com.assisto.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/** Enforces {@link Allowed} on every resource method: 401 without a login, 403 without a role. */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Allowed allowed = resource.getResourceMethod().getAnnotation(Allowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(Allowed.class);
        }
        boolean ours = resource.getResourceClass().getPackageName().startsWith("com.assisto.");
        if (allowed == null && ours) {
            throw new IllegalStateException(resource.getResourceClass().getSimpleName() + "."
                    + resource.getResourceMethod().getName() + " says nothing about who may call it: add @Allowed");
        }
        if (allowed != null) {
            context.register(new Filter(allowed.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Filter implements ContainerRequestFilter {

        private final String[] roles;

        Filter(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("A login is required", "Basic realm=\"assisto\", charset=\"UTF-8\"");
            }
            for (String role : roles) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
            throw new ForbiddenException("Your role may not do this");
        }
    }
}
