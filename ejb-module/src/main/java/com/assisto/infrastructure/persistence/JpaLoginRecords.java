package com.assisto.infrastructure.persistence;

import com.assisto.domain.user.LoginAttempt;
import com.assisto.domain.user.LoginLock;
import com.assisto.domain.user.LoginRecords;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Login attempts and lockouts in JPA; every count reads an index on (name or address, time). */
@Dependent
public class JpaLoginRecords implements LoginRecords {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public List<Instant> failuresOf(String username, String address, Instant since) {
        return em.createQuery(
                        "SELECT a.attemptedAt FROM LoginAttempt a WHERE a.username = :name"
                                + " AND a.address = :address AND a.succeeded = FALSE AND a.attemptedAt >= :since"
                                + " ORDER BY a.attemptedAt",
                        OffsetDateTime.class)
                .setParameter("name", LoginAttempt.clip(username))
                .setParameter("address", address)
                .setParameter("since", utc(since))
                .getResultStream()
                .map(OffsetDateTime::toInstant)
                .toList();
    }

    @Override
    public long accountFailures(String username, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM LoginAttempt a WHERE a.username = :name"
                                + " AND a.succeeded = FALSE AND a.attemptedAt >= :since",
                        Long.class)
                .setParameter("name", LoginAttempt.clip(username))
                .setParameter("since", utc(since))
                .getSingleResult();
    }

    @Override
    public long addressFailures(String address, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM LoginAttempt a WHERE a.address = :address"
                                + " AND a.succeeded = FALSE AND a.attemptedAt >= :since",
                        Long.class)
                .setParameter("address", address)
                .setParameter("since", utc(since))
                .getSingleResult();
    }

    @Override
    public boolean isKnownAddress(String username, String address, Instant since) {
        return !em.createQuery(
                        "SELECT a.id FROM LoginAttempt a WHERE a.username = :name AND a.address = :address"
                                + " AND a.succeeded = TRUE AND a.attemptedAt >= :since",
                        Long.class)
                .setParameter("name", LoginAttempt.clip(username))
                .setParameter("address", address)
                .setParameter("since", utc(since))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<LoginLock> activeLocks(String username, String address, Instant now) {
        return em.createQuery(
                        "SELECT l FROM LoginLock l WHERE l.lockedUntil > :now AND l.unlockedAt IS NULL"
                                + " AND (l.username = :name OR l.address = :address)",
                        LoginLock.class)
                .setParameter("now", utc(now))
                .setParameter("name", LoginAttempt.clip(username))
                .setParameter("address", address)
                .getResultList();
    }

    @Override
    public List<LoginLock> activeLocks(Instant now) {
        return em.createQuery(
                        "SELECT l FROM LoginLock l WHERE l.lockedUntil > :now AND l.unlockedAt IS NULL"
                                + " ORDER BY l.id DESC",
                        LoginLock.class)
                .setParameter("now", utc(now))
                .getResultList();
    }

    @Override
    public List<LoginLock> latestLocks(int limit) {
        return em.createQuery("SELECT l FROM LoginLock l ORDER BY l.id DESC", LoginLock.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<LoginLock> lock(long id) {
        return Optional.ofNullable(em.find(LoginLock.class, id));
    }

    @Override
    public void add(LoginAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public void add(LoginLock lock) {
        em.persist(lock);
    }

    @Override
    public void succeeded(String username, String address, Instant now) {
        String name = LoginAttempt.clip(username);
        em.createQuery("DELETE FROM LoginAttempt a WHERE a.username = :name AND a.succeeded = FALSE")
                .setParameter("name", name)
                .executeUpdate();
        Optional<LoginAttempt> known = em.createQuery(
                        "SELECT a FROM LoginAttempt a WHERE a.username = :name"
                                + " AND a.address = :address AND a.succeeded = TRUE",
                        LoginAttempt.class)
                .setParameter("name", name)
                .setParameter("address", address)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (known.isPresent()) {
            known.get().repeatAt(now);
        } else {
            em.persist(new LoginAttempt(name, address, now, true));
        }
    }

    @Override
    public void clearFailures(LoginLock lock) {
        String jpql = switch (lock.getScope()) {
            case ACCOUNT_FROM_ADDRESS ->
                "DELETE FROM LoginAttempt a WHERE a.succeeded = FALSE"
                        + " AND a.username = :name AND a.address = :address";
            case ACCOUNT -> "DELETE FROM LoginAttempt a WHERE a.succeeded = FALSE AND a.username = :name";
            case ADDRESS -> "DELETE FROM LoginAttempt a WHERE a.succeeded = FALSE AND a.address = :address";
        };
        var delete = em.createQuery(jpql);
        if (lock.getUsername() != null) {
            delete.setParameter("name", lock.getUsername());
        }
        if (lock.getAddress() != null) {
            delete.setParameter("address", lock.getAddress());
        }
        delete.executeUpdate();
    }

    @Override
    public void prune(Instant failuresBefore, Instant successesBefore) {
        em.createQuery("DELETE FROM LoginAttempt a WHERE (a.succeeded = FALSE AND a.attemptedAt < :failures)"
                        + " OR a.attemptedAt < :successes")
                .setParameter("failures", utc(failuresBefore))
                .setParameter("successes", utc(successesBefore))
                .executeUpdate();
    }
}
