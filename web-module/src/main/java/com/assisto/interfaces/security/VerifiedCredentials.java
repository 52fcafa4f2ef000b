package com.assisto.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers recently verified passwords so that API clients sending HTTP Basic on every request
 * do not pay the deliberately slow PBKDF2 check each time. Entries are keyed by an HMAC (with
 * a random key that lives only in this process) of user, password and the stored hash: a
 * password change or a different password never matches, and no password is kept in memory.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final long TIME_TO_LIVE_MILLIS = 5 * 60 * 1000L;
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    boolean isKnown(String username, String password, String storedHash) {
        Long until = verifiedUntil.get(fingerprint(username, password, storedHash));
        return until != null && until > System.currentTimeMillis();
    }

    void remember(String username, String password, String storedHash) {
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            long now = System.currentTimeMillis();
            verifiedUntil.values().removeIf(until -> until <= now);
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(fingerprint(username, password, storedHash), System.currentTimeMillis() + TIME_TO_LIVE_MILLIS);
    }

    private String fingerprint(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(storedHash.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
