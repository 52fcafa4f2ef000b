package com.assisto.interfaces.security;

import com.assisto.domain.user.UserAccountChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers verified logins for five minutes, so that API clients sending HTTP Basic on
 * every request pay neither the deliberately slow PBKDF2 check nor a database lookup each time.
 * Entries are keyed by an HMAC (with a random key that lives only in this process) of user,
 * client address and password, so no password is kept in memory, a different password never
 * matches, and a hit means the account logged in from that very address. A change
 * to a user's password, roles or active flag forgets that user's entries at once on this
 * instance; other instances of a cluster forget them within the five minutes.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final long TIME_TO_LIVE_MILLIS = 5 * 60_000L;
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String username, Set<String> groups, long until) {}

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    Optional<CredentialValidationResult> lookUp(String username, String address, String password) {
        Verified entry = verified.get(fingerprint(username, address, password));
        if (entry == null || entry.until() < System.currentTimeMillis()) {
            return Optional.empty();
        }
        return Optional.of(new CredentialValidationResult(new Caller(entry.username()), entry.groups()));
    }

    void remember(String username, String address, String password, CredentialValidationResult result) {
        if (verified.size() >= MAX_ENTRIES) {
            long now = System.currentTimeMillis();
            verified.values().removeIf(entry -> entry.until() < now);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(
                fingerprint(username, address, password),
                new Verified(
                        result.getCallerPrincipal().getName(),
                        Set.copyOf(result.getCallerGroups()),
                        System.currentTimeMillis() + TIME_TO_LIVE_MILLIS));
    }

    void forget(@Observes UserAccountChanged change) {
        forget(change.username());
    }

    /** Forgets the user's logins, so that its next one is checked, and counted, in full. */
    void forget(String username) {
        verified.values().removeIf(entry -> entry.username().equals(username));
    }

    private String fingerprint(String username, String address, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(address.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
