package com.assisto.domain.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An aggregate root: concurrent edits are caught by optimistic locking on its version, which
 * clients send back with every change so that a stale edit is refused rather than overwriting.
 */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }

    /** Refuses a change made from a copy older than the stored one. */
    public void checkVersion(long expectedVersion) {
        if (!isNew() && expectedVersion != version) {
            throw new StaleEditException(getClass().getSimpleName(), getId(), expectedVersion, version);
        }
    }
}
