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
        Optional<AppUser> user = users.findByUsername(login.getCaller()).filter(AppUser::isActive);
        if (user.isEmpty()) {
            LOG.info(() -> "Login refused for unknown or inactive user " + login.getCaller());
            return CredentialValidationResult.INVALID_RESULT;
        }
        AppUser account = user.get();
        boolean valid = verified.isKnown(account.getUsername(), login.getPasswordAsString(), account.getPasswordHash())
                || users.authenticate(account.getUsername(), login.getPassword().getValue()).isPresent();
        if (!valid) {
            LOG.info(() -> "Login refused for user " + account.getUsername() + ": wrong password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        verified.remember(account.getUsername(), login.getPasswordAsString(), account.getPasswordHash());
        Set<String> groups = account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(account.getUsername(), groups);
    }
}
