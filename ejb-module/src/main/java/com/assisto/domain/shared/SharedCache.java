package com.assisto.domain.shared;

/**
 * How long an entity read from the database may be served from the JPA shared cache. Master
 * data is read far more often than it changes; this instance sees its own changes at once, and
 * the other instances of a cluster within this time. Writes are never lost to a stale copy: every
 * update checks the row's version in the database.
 */
public final class SharedCache {

    public static final int EXPIRY_MILLIS = 60_000;

    private SharedCache() {
    }
}
