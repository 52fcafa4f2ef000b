package com.assisto.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lets one server at a time seed an empty database at start-up (the demo company, the first
 * administrator, the ERP exchange's timer): the instances of a cluster start together, and each would otherwise find the
 * database empty and load it too. The database's own row lock does it, on the first row of the
 * schema history, which exists on every migrated database and which nothing else ever locks.
 */
@ApplicationScoped
public class SeedingLock {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    /**
     * Waits until no other server is seeding and keeps them waiting until the caller's
     * transaction ends; check whether the data is there after this, not before.
     */
    public void holdUntilCommit() {
        em.createNativeQuery(
                        "SELECT \"installed_rank\" FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 1 FOR UPDATE")
                .getResultList();
    }
}
