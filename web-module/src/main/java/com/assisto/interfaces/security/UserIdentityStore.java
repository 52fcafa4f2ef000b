package com.assisto.interfaces.security;

import com.assisto.application.UserService;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Checks credentials against the users table; the user's roles become the caller's groups. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(UserIdentityStore.class.getName());

    @EJB
    private UserService users;
    @Inject
    private VerifiedCredentials verified;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller().trim().toLowerCase(java.util.Locale.ROOT);
        Optional<CredentialValidationResult> known = verified.lookUp(username, login.getPasswordAsString());
        if (known.isPresent()) {
            return known.get();
        }
        Optional<AppUser> user = users.authenticate(username, login.getPassword().getValue());
        if (user.isEmpty()) {
            LOG.info(() -> "Login refused for " + username + ": unknown or inactive user, or wrong password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = user.get().getRoles().stream().map(Role::name).collect(Collectors.toSet());
        CredentialValidationResult result = new CredentialValidationResult(new Caller(user.get().getUsername()), groups);
        verified.remember(username, login.getPasswordAsString(), result);
        return result;
    }
}
