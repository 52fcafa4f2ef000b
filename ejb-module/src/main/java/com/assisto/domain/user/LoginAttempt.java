package com.assisto.domain.user;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One checked login: a failure, counted by the {@link LoginThrottle}, or the latest success of
 * an account from an address, which makes that address known for the account. Kept in the
 * database so that every instance of a cluster counts the same failures.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends BaseEntity {

    /** Attempted names are whatever a client sends; only this much of one is kept. */
    public static final int MAX_NAME = 200;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String address;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    protected LoginAttempt() {}

    public LoginAttempt(String username, String address, Instant attemptedAt, boolean succeeded) {
        this.username = clip(username);
        this.address = address;
        this.attemptedAt = attemptedAt.atOffset(ZoneOffset.UTC);
        this.succeeded = succeeded;
    }

    /** A name as it is stored and looked up. */
    public static String clip(String username) {
        return username.length() <= MAX_NAME ? username : username.substring(0, MAX_NAME);
    }

    public void repeatAt(Instant when) {
        this.attemptedAt = when.atOffset(ZoneOffset.UTC);
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public Instant getAttemptedAt() {
        return attemptedAt.toInstant();
    }

    public boolean isSucceeded() {
        return succeeded;
    }
}
