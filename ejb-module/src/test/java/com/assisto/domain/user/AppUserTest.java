package com.assisto.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.shared.ValidationException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Customer CUSTOMER =
            new Customer(new CustomerRegistry("501.00001", "Rossi", null, null, null, null, null, null, null, null));

    @Test
    void aCustomerUserIsBoundToItsCustomerAndHoldsNoStaffRole() {
        AppUser user = new AppUser("Mario.Rossi", "Mario Rossi", "hash");
        assertEquals("mario.rossi", user.getUsername());
        user.grant(Set.of(Role.CUSTOMER), CUSTOMER);
        assertTrue(user.isCustomerUser());

        assertEquals(
                "customer",
                assertThrows(ValidationException.class, () -> user.grant(Set.of(Role.CUSTOMER), null))
                        .getErrors()
                        .get(0)
                        .field());
        assertEquals(
                "roles",
                assertThrows(
                                ValidationException.class,
                                () -> user.grant(EnumSet.of(Role.CUSTOMER, Role.ADMIN), CUSTOMER))
                        .getErrors()
                        .get(0)
                        .field());
        assertEquals(
                "customer",
                assertThrows(ValidationException.class, () -> user.grant(Set.of(Role.BACKOFFICE), CUSTOMER))
                        .getErrors()
                        .get(0)
                        .field());
    }

    @Test
    void theErpsAccountHoldsNoOtherRole() {
        AppUser erp = new AppUser("erp", "Passepartout Mexal", "hash");
        erp.grant(Set.of(Role.ERP), null);
        assertEquals(Set.of(Role.ERP), erp.getRoles());

        ValidationException mixed =
                assertThrows(ValidationException.class, () -> erp.grant(EnumSet.of(Role.ERP, Role.BACKOFFICE), null));
        assertEquals("roles the ERP's account cannot hold other roles", mixed.getMessage());
        assertEquals(Set.of(Role.ERP), erp.getRoles(), "a refused grant leaves the roles as they were");
    }

    @Test
    void usernamesAndLocalesAreChecked() {
        assertThrows(ValidationException.class, () -> new AppUser("a", null, "hash"));
        assertThrows(ValidationException.class, () -> new AppUser("bad name", null, "hash"));
        AppUser user = new AppUser("office", null, "hash");
        user.preferLocale("it");
        assertEquals("it", user.getLocale());
        ValidationException unknown = assertThrows(ValidationException.class, () -> user.preferLocale("xx"));
        assertEquals("locale 'xx' is not a console language (en, it)", unknown.getMessage());
        assertEquals(
                "'xx' non è una lingua della console (en, it)",
                unknown.getErrors().get(0).problem().text(Locale.ITALIAN));
    }
}
