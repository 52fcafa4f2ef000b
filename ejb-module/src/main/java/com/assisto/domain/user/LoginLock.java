package com.assisto.domain.user;

import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Message;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A temporary lockout set off by failed logins, and its end: by expiry or by an administrator's
 * unlock. Rows are kept after they end, as the record of who was locked out, from where and when,
 * and who unlocked them.
 */
@Entity
@Table(name = "login_lock")
public class LoginLock extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LoginThrottle.Scope scope;
    /** The account; none for an address lockout. */
    @Column(updatable = false)
    private String username;
    /** The client address; none for an account lockout. */
    @Column(updatable = false)
    private String address;

    @Column(nullable = false, updatable = false)
    private int failures;

    @Column(name = "locked_at", nullable = false, updatable = false)
    private OffsetDateTime lockedAt;

    @Column(name = "locked_until", nullable = false)
    private OffsetDateTime lockedUntil;

    @Column(name = "unlocked_at")
    private OffsetDateTime unlockedAt;

    @Column(name = "unlocked_by")
    private String unlockedBy;

    protected LoginLock() {}

    public LoginLock(
            LoginThrottle.Scope scope,
            String username,
            String address,
            int failures,
            Instant lockedAt,
            Instant lockedUntil) {
        this.scope = Objects.requireNonNull(scope, "A scope is required.");
        this.username = scope == LoginThrottle.Scope.ADDRESS ? null : LoginAttempt.clip(username);
        this.address = scope == LoginThrottle.Scope.ACCOUNT ? null : address;
        this.failures = failures;
        this.lockedAt = lockedAt.atOffset(ZoneOffset.UTC);
        this.lockedUntil = lockedUntil.atOffset(ZoneOffset.UTC);
    }

    public boolean isActive(Instant now) {
        return unlockedAt == null && lockedUntil.toInstant().isAfter(now);
    }

    /** Ends the lockout now, on an administrator's word. */
    public void unlock(Instant now, String by) {
        if (!isActive(now)) {
            throw new com.assisto.domain.shared.ValidationException("lock", "user.lockEnded");
        }
        this.unlockedAt = now.atOffset(ZoneOffset.UTC);
        this.unlockedBy = by;
    }

    /** A short description for the audit trail and the logs. */
    public String describe() {
        return switch (scope) {
            case ACCOUNT_FROM_ADDRESS -> "account " + username + " from " + address;
            case ACCOUNT -> "account " + username + " from addresses it is not known at";
            case ADDRESS -> "address " + address + " for accounts not known there";
        };
    }

    /** What is locked, in the reader's language, for the audit trail. */
    public Message description() {
        return switch (scope) {
            case ACCOUNT_FROM_ADDRESS -> Message.of("audit.lock.accountFromAddress", username, address);
            case ACCOUNT -> Message.of("audit.lock.account", username);
            case ADDRESS -> Message.of("audit.lock.address", address);
        };
    }

    public LoginThrottle.Scope getScope() {
        return scope;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedAt() {
        return lockedAt.toInstant();
    }

    public Instant getLockedUntil() {
        return lockedUntil.toInstant();
    }

    public Instant getUnlockedAt() {
        return unlockedAt == null ? null : unlockedAt.toInstant();
    }

    public String getUnlockedBy() {
        return unlockedBy;
    }
}
