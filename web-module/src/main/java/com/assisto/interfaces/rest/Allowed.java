package com.assisto.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method (on the method) or every method of a resource (on
 * the class), checked by {@link RoleCheck}.
 *
 * <p>Why not {@code @RolesAllowed}: inside an EAR, Payara always installs its own filter for it,
 * whatever glassfish-web.xml says, and that filter asks Jakarta Security's SecurityContext for
 * the caller, which probes for other servers' classes by name on every call. Measured with 32
 * clients on 2 cores, that probe alone capped the API at about 1,600 requests per second.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    /** Role names; a caller holding any of them passes. */
    String[] value();
}
