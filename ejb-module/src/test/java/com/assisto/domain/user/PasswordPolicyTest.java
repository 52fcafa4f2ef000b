package com.assisto.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void passwordItselfIsRefusedAsCommon() {
        assertEquals(Optional.of(PasswordPolicy.Rule.COMMON), policy.violation("laura", "password"));
        assertEquals(Optional.of(PasswordPolicy.Rule.COMMON), policy.violation("laura", "PassWord"));
    }

    @Test
    void eightCharactersAreEnoughWhenNotCommon() {
        assertEquals(Optional.empty(), policy.violation("laura", "k7#pQ2vx"));
        assertEquals(Optional.of(PasswordPolicy.Rule.COMMON), policy.violation("laura", "12345678"));
        assertEquals(Optional.of(PasswordPolicy.Rule.COMMON), policy.violation("laura", "football"));
    }

    @Test
    void shorterThanEightIsRefused() {
        assertEquals(Optional.of(PasswordPolicy.Rule.TOO_SHORT), policy.violation("laura", "k7#pQ2v"));
        assertEquals(Optional.of(PasswordPolicy.Rule.REQUIRED), policy.violation("laura", ""));
        assertEquals(Optional.of(PasswordPolicy.Rule.REQUIRED), policy.violation("laura", null));
    }

    @Test
    void twelveCharactersPassUnlessTheyAreOnTheList() {
        assertEquals(Optional.empty(), policy.violation("laura", "correct horse"));
        assertTrue(policy.isCommon("1qaz2wsx3edc"), "the shipped list holds long common passwords too");
        assertEquals(Optional.of(PasswordPolicy.Rule.COMMON), policy.violation("laura", "1qaz2wsx3edc"));
    }

    @Test
    void theUserNameIsNoPassword() {
        assertEquals(Optional.of(PasswordPolicy.Rule.SAME_AS_USERNAME), policy.violation("laura.conti", "Laura.Conti"));
    }

    @Test
    void demoPasswordsAreRefusedForEveryone() {
        assertEquals(Optional.of(PasswordPolicy.Rule.COMMON), policy.violation("laura", "customer1"));
        assertEquals(Optional.of(PasswordPolicy.Rule.TOO_SHORT), policy.violation("laura", "admin"));
    }

    @Test
    void aRefusalNamesTheFieldAndTheRule() {
        PasswordRejectedException refused =
                assertThrows(PasswordRejectedException.class, () -> policy.check("laura", "password"));
        assertEquals("password", refused.getErrors().get(0).field());
        assertEquals(PasswordPolicy.Rule.COMMON, refused.getRule());
        assertTrue(refused.getMessage().contains("commonly used"), refused.getMessage());
        assertEquals(
                "password.rule.COMMON", refused.getErrors().get(0).problem().key());
    }

    @Test
    void everyRuleReadsInEnglishAndItalian() {
        assertEquals(
                "must be at least 12 characters, or at least 8 characters and not a commonly used password",
                PasswordPolicy.Rule.TOO_SHORT.message());
        assertEquals(
                "deve avere almeno 12 caratteri, oppure almeno 8 e non essere una password molto comune",
                PasswordPolicy.Rule.TOO_SHORT.problem().text(Locale.ITALIAN));
        for (PasswordPolicy.Rule rule : PasswordPolicy.Rule.values()) {
            assertFalse(rule.message().startsWith("password.rule."), rule.message());
            assertFalse(rule.problem().text(Locale.ITALIAN).startsWith("password.rule."), rule.name());
        }
    }

    @Test
    void theShippedListHasTenThousandEntries() {
        assertTrue(policy.isCommon("baseball") && policy.isCommon("1qaz2wsx") && policy.isCommon("iloveyou"));
        assertTrue(!policy.isCommon("k7#pQ2vx"));
    }
}
