package com.assisto.domain.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoLoginsTest {

    @Test
    void theDemoLoginsWithTheirDemoPasswords() {
        assertTrue(DemoLogins.isDemoCredential("admin", "admin"));
        assertTrue(DemoLogins.isDemoCredential(" Office ", "office"));
        assertTrue(DemoLogins.isDemoCredential("customer1", "customer1"));
        assertFalse(DemoLogins.isDemoCredential("admin", "a-password-of-its-own"));
        assertFalse(DemoLogins.isDemoCredential("laura", "laura"), "only the demo's own logins");
        assertFalse(DemoLogins.isDemoCredential(null, "admin"));
    }

    @Test
    void demoPasswordsWhoeverUsesThem() {
        assertTrue(DemoLogins.isDemoPassword("tech1"));
        assertFalse(DemoLogins.isDemoPassword("tech2"));
        assertFalse(DemoLogins.isDemoPassword(null));
    }
}
