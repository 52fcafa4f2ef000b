package com.assisto.interfaces.security;

import com.assisto.application.user.LoginSecurity;
import com.assisto.application.user.UserService;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.DemoLogins;
import com.assisto.domain.user.LoginThrottle;
import com.assisto.domain.user.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a login against the users table, throttled: a login remembered by
 * {@link VerifiedCredentials} is let through unless its account is locked from its address;
 * any other attempt first passes the throttle's cheap database check, and only then pays for
 * the slow PBKDF2 comparison, whose outcome is counted. Outside the demo, the demo logins'
 * printed passwords are refused before they are compared.
 */
@ApplicationScoped
public class LoginGate {

    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());

    /** What became of an attempt. */
    public sealed interface Outcome {}

    /** Logged in, as this caller with these groups. */
    public record Admitted(CredentialValidationResult result) implements Outcome {}

    /** Refused before its password was looked at: wait, or locked out. */
    public record Refused(LoginThrottle.Refusal refusal) implements Outcome {}

    /** Unknown or inactive user, or wrong password. */
    public record Invalid() implements Outcome {}

    /** A demo login with its demo password, outside the demo. */
    public record DemoPassword() implements Outcome {}

    @EJB
    private UserService users;

    @EJB
    private LoginSecurity security;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private RunningLocks locks;

    @Inject
    @ConfigProperty(name = "assisto.demo-data", defaultValue = "false")
    private boolean demo;

    public Outcome attempt(String caller, String password, String address) {
        String username = caller == null ? "" : caller.trim().toLowerCase(Locale.ROOT);
        Optional<CredentialValidationResult> known = verified.lookUp(username, address, password);
        if (known.isPresent()) {
            // a remembered login proves this address knows the account, so only a lockout of
            // the account from this address can stop it (LoginThrottle)
            Optional<LoginThrottle.Refusal> locked = locks.lockedFrom(username, address);
            return locked.<Outcome>map(Refused::new).orElseGet(() -> new Admitted(known.get()));
        }
        Optional<LoginThrottle.Refusal> refusal = security.refusal(username, address);
        if (refusal.isPresent()) {
            LOG.info(() -> "Login of " + username + " from " + address + " refused unchecked: "
                    + refusal.get().reason() + " until " + refusal.get().until());
            return new Refused(refusal.get());
        }
        if (!demo && DemoLogins.isDemoCredential(username, password)) {
            security.failed(username, address);
            LOG.warning(() -> "Login of " + username + " from " + address + " refused: demo password outside the demo");
            return new DemoPassword();
        }
        Optional<AppUser> user = users.authenticate(username, password.toCharArray());
        if (user.isEmpty()) {
            // the account's next right login must reach the database to clear this failure
            verified.forget(username);
            security.failed(username, address);
            LOG.info(() -> "Login refused for " + username + " from " + address
                    + ": unknown or inactive user, or wrong password");
            return new Invalid();
        }
        security.succeeded(username, address);
        Set<String> groups = user.get().getRoles().stream().map(Role::name).collect(Collectors.toSet());
        CredentialValidationResult result =
                new CredentialValidationResult(new Caller(user.get().getUsername()), groups);
        verified.remember(username, address, password, result);
        return new Admitted(result);
    }
}
