package com.assisto.domain.user;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who logs in. Only a password hash is kept. A customer user is bound to exactly one
 * customer and sees that customer's data only.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");
    private static final Set<String> LOCALES = Set.of("en", "it");

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private String locale = "en";

    @Column(nullable = false)
    private boolean active = true;
    /** Where warnings are e-mailed (C10, C11); without one the user reads them in the console inbox. */
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {}

    public AppUser(String username, String fullName, String passwordHash) {
        String normalised = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
        if (normalised == null || !USERNAME.matcher(normalised).matches()) {
            throw new ValidationException("username", "user.badUsername");
        }
        this.username = normalised;
        this.fullName = Text.trimToNull(fullName);
        changePasswordHash(passwordHash);
    }

    public final void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        this.passwordHash = newHash;
    }

    /** Grants roles; a customer role needs the customer the user belongs to; the ERP's account holds no other role. */
    public void grant(Set<Role> newRoles, Customer boundCustomer) {
        List<FieldError> errors = new ArrayList<>();
        if (newRoles == null || newRoles.isEmpty()) {
            errors.add(new FieldError("roles", "user.noRole"));
        } else if (newRoles.contains(Role.CUSTOMER) && newRoles.size() > 1) {
            errors.add(new FieldError("roles", "user.customerWithStaffRoles"));
        } else if (newRoles.contains(Role.ERP) && newRoles.size() > 1) {
            errors.add(new FieldError("roles", "user.erpWithOtherRoles"));
        } else if (newRoles.contains(Role.CUSTOMER) && boundCustomer == null) {
            errors.add(new FieldError("customer", "user.customerUnbound"));
        } else if (!newRoles.contains(Role.CUSTOMER) && boundCustomer != null) {
            errors.add(new FieldError("customer", "user.staffBound"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.customer = boundCustomer;
    }

    public void rename(String newFullName) {
        this.fullName = Text.trimToNull(newFullName);
    }

    public void preferLocale(String languageTag) {
        if (!LOCALES.contains(languageTag)) {
            throw new ValidationException("locale", "user.badLocale", languageTag);
        }
        this.locale = languageTag;
    }

    public void changeEmail(String newEmail) {
        String trimmed = newEmail == null || newEmail.isBlank() ? null : newEmail.trim();
        if (trimmed != null && (trimmed.length() > 200 || !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new ValidationException("email", "value.notEmail", trimmed);
        }
        this.email = trimmed;
    }

    public String getEmail() {
        return email;
    }

    public void activate(boolean isActive) {
        this.active = isActive;
    }

    public boolean isCustomerUser() {
        return roles.contains(Role.CUSTOMER);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
