package com.assisto.application.user;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.DemoLogins;
import com.assisto.domain.user.PasswordPolicy;
import com.assisto.domain.user.Role;
import com.assisto.domain.user.UserAccountChanged;
import com.assisto.domain.user.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * User accounts (P1). Passwords are stored as PBKDF2-HMAC-SHA512 hashes with 210,000
 * iterations, the work factor OWASP recommends for that function. New passwords must pass the
 * {@link PasswordPolicy}.
 */
@Stateless
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    @Inject
    private UserRepository users;

    @Inject
    private CustomerRepository customers;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private CallerScope caller;

    @Inject
    private Event<UserAccountChanged> accountChanged;

    @PostConstruct
    void configureHash() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    /** The active user with these credentials, if they are right. */
    public Optional<AppUser> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return findByUsername(username)
                .filter(AppUser::isActive)
                .filter(user -> passwordHash.verify(password, user.getPasswordHash()));
    }

    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase(Locale.ROOT));
    }

    public List<AppUser> list() {
        return users.all();
    }

    public AppUser get(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    public AppUser create(String username, String fullName, String password, Set<Role> roles, String customerCode) {
        PasswordPolicy.standard().check(username, password);
        return store(username, fullName, password, roles, customerCode);
    }

    /**
     * Creates a demo login with its demo password, which the password policy would refuse: the
     * demo needs logins anyone can type, and outside the demo those passwords are refused at
     * login ({@link DemoLogins}).
     */
    public AppUser createDemoUser(String username, String fullName, Set<Role> roles, String customerCode) {
        if (!DemoLogins.USERS.containsKey(username)) {
            throw new IllegalArgumentException(username + " is not a demo login");
        }
        return store(username, fullName, username, roles, customerCode);
    }

    private AppUser store(String username, String fullName, String password, Set<Role> roles, String customerCode) {
        AppUser user = new AppUser(username, fullName, passwordHash.generate(password.toCharArray()));
        if (findByUsername(user.getUsername()).isPresent()) {
            throw new ValidationException("username", "user.exists", user.getUsername());
        }
        user.grant(roles, customer(customerCode));
        users.add(user);
        LOG.info(() -> caller.callerName() + " created user " + user.getUsername() + " with roles " + roles);
        return user;
    }

    public AppUser update(
            long id, long version, String fullName, Set<Role> roles, String customerCode, boolean active) {
        AppUser user = get(id);
        user.checkVersion(version);
        user.rename(fullName);
        user.grant(roles, customer(customerCode));
        user.activate(active);
        accountChanged.fire(new UserAccountChanged(user.getUsername()));
        LOG.info(() -> caller.callerName() + " updated user " + user.getUsername() + ": roles " + roles
                + (active ? "" : ", deactivated"));
        return user;
    }

    public void changePassword(long id, String newPassword) {
        AppUser user = get(id);
        PasswordPolicy.standard().check(user.getUsername(), newPassword);
        user.changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
        accountChanged.fire(new UserAccountChanged(user.getUsername()));
        LOG.info(() -> caller.callerName() + " changed the password of " + user.getUsername());
    }

    /** Remembers the console language the user picked. */
    public void preferLocale(String username, String languageTag) {
        findByUsername(username).ifPresent(user -> user.preferLocale(languageTag));
    }

    public long count() {
        return users.count();
    }

    private Customer customer(String customerCode) {
        if (customerCode == null || customerCode.isBlank()) {
            return null;
        }
        return customers
                .findByCode(customerCode.trim())
                .orElseThrow(() -> new ValidationException("customer", "customer.unknown", customerCode));
    }
}
