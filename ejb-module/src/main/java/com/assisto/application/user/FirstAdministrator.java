package com.assisto.application.user;

import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.DemoLogins;
import com.assisto.domain.user.PasswordPolicy;
import com.assisto.domain.user.Role;
import com.assisto.infrastructure.persistence.SeedingLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a production database its first administrator, whose password ops write to a file
 * ({@code assisto.admin.password-file}, set by config/setup-domain.sh from
 * {@code ASSISTO_ADMIN_PASSWORD_FILE}): the user is created when missing, or, when it still has
 * its demo password (a database that started from the demo), given the file's password. An
 * administrator with a password of its own is left alone, so the file only matters once. A
 * password the policy refuses is not used.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoData"})
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @EJB
    private UserService users;

    @Inject
    private SeedingLock seeding;

    @Inject
    @ConfigProperty(name = "assisto.admin.password-file")
    private Optional<String> passwordFile;

    @Inject
    @ConfigProperty(name = "assisto.admin.username", defaultValue = "admin")
    private String username;

    @PostConstruct
    void ensure() {
        if (passwordFile.isEmpty() || passwordFile.get().isBlank()) {
            return;
        }
        Path file = Path.of(passwordFile.get());
        String password;
        try {
            password = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .strip();
        } catch (IOException e) {
            LOG.severe(() -> "First administrator not set up: cannot read " + file + ": " + e.getMessage());
            return;
        }
        Optional<PasswordPolicy.Rule> refused = PasswordPolicy.standard().violation(username, password);
        if (refused.isPresent()) {
            LOG.severe(() -> "First administrator not set up: the password in " + file + " "
                    + refused.get().message());
            return;
        }
        seeding.holdUntilCommit();
        Optional<AppUser> existing = users.findByUsername(username);
        if (existing.isEmpty()) {
            users.create(username, "Administrator", password, Set.of(Role.ADMIN), null);
            LOG.info(() -> "First administrator " + username + " created from " + file + "; the file may be deleted");
        } else if (DemoLogins.isDemoCredential(username, username)
                && users.authenticate(username, username.toCharArray()).isPresent()) {
            users.changePassword(existing.get().getId(), password);
            LOG.info(() -> "Administrator " + username + " had its demo password; it now has the password of " + file);
        }
    }
}
