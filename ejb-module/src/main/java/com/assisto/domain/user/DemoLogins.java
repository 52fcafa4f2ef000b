package com.assisto.domain.user;

import java.util.Locale;
import java.util.Map;

/**
 * The demo company's logins, whose passwords are their user names. They exist for the demo
 * only: outside it (demo data off) a login with one of these passwords is refused, whatever
 * the database holds, so a production database that started from the demo cannot be entered
 * with a password printed in the README.
 */
public final class DemoLogins {

    /** User name to role of each demo login; the password is the user name. */
    public static final Map<String, Role> USERS = Map.of(
            "admin",
            Role.ADMIN,
            "office",
            Role.BACKOFFICE,
            "tech1",
            Role.TECHNICIAN,
            "customer1",
            Role.CUSTOMER,
            "erp",
            Role.ERP);

    private DemoLogins() {}

    /** Whether this is a demo login with its demo password. */
    public static boolean isDemoCredential(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return USERS.containsKey(name) && name.equals(password);
    }

    /** Whether the password is one of the demo passwords, for whichever user. */
    public static boolean isDemoPassword(String password) {
        return password != null && USERS.containsKey(password.trim().toLowerCase(Locale.ROOT));
    }
}
