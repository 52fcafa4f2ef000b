package com.assisto.domain.shared;

/**
 * How long an entity read from the database may be served from the JPA shared cache. Master
 * data is read far more often than it changes; this instance sees its own changes at once, and
 * the other instances of a cluster too: a commit evicts the changed objects from their caches
 * (cache coordination, persistence.xml). The expiry bounds what a change made outside the
 * application leaves stale. Writes are never lost to a stale copy: every update checks the row's
 * version in the database.
 */
public final class SharedCache {

    public static final int EXPIRY_MILLIS = 60_000;

    /**
     * Customers held for sure (beyond these, the ones not used lately go at the next garbage
     * collection): a day's working set of back office, technicians and routes, even for a company
     * with 100,000 customers. About 2 KB each with their sites and contacts.
     */
    public static final int CUSTOMER_ENTRIES = 10_000;

    /** Sites and contacts held for sure: a few per customer held. */
    public static final int CUSTOMER_PART_ENTRIES = 3 * CUSTOMER_ENTRIES;

    private SharedCache() {}
}
