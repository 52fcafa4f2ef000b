package com.assisto.interfaces.console.user;

import com.assisto.application.user.UserService;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.Role;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** User administration for administrators. */
@Named
@ViewScoped
public class UserAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient UserService users;

    private List<AppUser> all;
    private String username;
    private String fullName;
    private String password;
    private Role role = Role.BACKOFFICE;
    private String customerCode;
    private Long passwordUserId;
    private String newPassword;

    public List<AppUser> getAll() {
        if (all == null) {
            all = users.list();
        }
        return all;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void create() {
        try {
            Set<Role> roles = EnumSet.of(role);
            users.create(username, fullName, password, roles, role == Role.CUSTOMER ? customerCode : null);
            all = null;
            username = fullName = password = customerCode = null;
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void toggleActive(AppUser user) {
        try {
            users.update(
                    user.getId(),
                    user.getVersion(),
                    user.getFullName(),
                    user.getRoles(),
                    user.getCustomer() == null ? null : user.getCustomer().getCode(),
                    !user.isActive());
            all = null;
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void changePassword() {
        try {
            users.changePassword(passwordUserId, newPassword);
            newPassword = null;
            Faces.info("user.passwordChanged");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }

    public Long getPasswordUserId() {
        return passwordUserId;
    }

    public void setPasswordUserId(Long passwordUserId) {
        this.passwordUserId = passwordUserId;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** The user's roles in words, in the console's language. */
    public String roles(AppUser user) {
        return Faces.labels("role.", user.getRoles());
    }
}
