package com.assisto.application.user;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.DemoLogins;
import com.assisto.domain.user.PasswordPolicy;
import com.assisto.domain.user.Role;
import com.assisto.domain.user.UserAccountChanged;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
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

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

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
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                .setParameter("name", username.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public List<AppUser> list() {
        return em.createQuery("SELECT u FROM AppUser u LEFT JOIN FETCH u.customer ORDER BY u.username", AppUser.class)
                .getResultList();
    }

    public AppUser get(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFoundException("User", id);
        }
        return user;
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
            throw new ValidationException("username", "user " + user.getUsername() + " already exists");
        }
        user.grant(roles, customer(customerCode));
        em.persist(user);
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
        return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
    }

    private Customer customer(String customerCode) {
        if (customerCode == null || customerCode.isBlank()) {
            return null;
        }
        return em.createQuery("SELECT c FROM Customer c WHERE c.code = :code", Customer.class)
                .setParameter("code", customerCode.trim())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ValidationException("customer", "customer " + customerCode + " does not exist"));
    }
}
