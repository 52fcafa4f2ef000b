package com.assisto.domain.user;

import com.assisto.domain.shared.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, or at least 8 when it is not one of the
 * commonly used passwords shipped with the product, and never the user name. The common list
 * is checked at every length (as NIST SP 800-63B asks), so a long but well-known password such
 * as {@code passwordpassword} is refused too, and so are the demo passwords. The list, {@code common-passwords.txt} beside
 * this class, holds the 10,000 most common passwords of 8 characters or more from OWASP
 * SecLists; it is compared without regard to case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MIN_LENGTH_UNCOMMON = 8;
    private static final String LIST = "common-passwords.txt";

    /** The rule a refused password broke, worded by the bundle's {@code password.rule.<RULE>}. */
    public enum Rule {
        REQUIRED,
        TOO_SHORT,
        COMMON,
        SAME_AS_USERNAME;

        /** What is wrong with the password, in the reader's language. */
        public Message problem() {
            return this == TOO_SHORT ? Message.of(key(), MIN_LENGTH, MIN_LENGTH_UNCOMMON) : Message.of(key());
        }

        private String key() {
            return "password.rule." + name();
        }

        /** The problem in English, as the logs read it. */
        public String message() {
            return problem().toString();
        }
    }

    private static final class Standard {
        static final PasswordPolicy POLICY = new PasswordPolicy(load());
    }

    private final Set<String> common;

    PasswordPolicy(Set<String> commonPasswords) {
        this.common = Set.copyOf(commonPasswords);
    }

    /** The product's policy with its shipped list, loaded once. */
    public static PasswordPolicy standard() {
        return Standard.POLICY;
    }

    /** The first rule the password breaks, if any. */
    public Optional<Rule> violation(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Rule.REQUIRED);
        }
        if (password.length() < MIN_LENGTH_UNCOMMON) {
            return Optional.of(Rule.TOO_SHORT);
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            return Optional.of(Rule.SAME_AS_USERNAME);
        }
        if (isCommon(password) || DemoLogins.isDemoPassword(password)) {
            return Optional.of(Rule.COMMON);
        }
        return Optional.empty();
    }

    /** Refuses a password that breaks a rule, naming the field {@code password} and the rule. */
    public void check(String username, String password) {
        violation(username, password).ifPresent(rule -> {
            throw new PasswordRejectedException(rule);
        });
    }

    /** Whether the password is on the shipped list of commonly used passwords. */
    public boolean isCommon(String password) {
        return password != null && common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + LIST + " is missing");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
    }
}
