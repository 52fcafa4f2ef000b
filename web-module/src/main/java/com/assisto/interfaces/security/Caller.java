package com.assisto.interfaces.security;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The logged-in user as the container sees it. Unlike the plain {@link CallerPrincipal}, two
 * callers with the same name are equal: the container's authorization caches are keyed by the
 * caller's principals, and with identity equality every request was a cache miss that rebuilt
 * the Java policy's permissions for each role check it answered "no" to.
 */
public final class Caller extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    public Caller(String name) {
        super(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Caller caller && caller.getName().equals(getName());
    }

    @Override
    public int hashCode() {
        return getName().hashCode();
    }
}
