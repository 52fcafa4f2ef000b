package com.assisto.domain.audit;

import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the audit trail: one change of a field ("startDate: 2025-01-01 → 2025-02-01"),
 * a value as the reader's language writes it, several changes together, and an action's name
 * in words. The entries keep their action as a code; it is put into words only when read.
 */
public final class AuditTexts {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The action codes that have their words in the bundle, read once. */
    private static final Set<String> KNOWN_KEYS = ResourceBundle.getBundle(
                    Message.BUNDLE,
                    Locale.ROOT,
                    AuditTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet();

    private AuditTexts() {}

    /** One field's change: {@code audit.change}, the values in the reader's language. */
    public static Message change(Message field, Object before, Object after) {
        return Message.of("audit.change", field, value(before), value(after));
    }

    /** A field of the record by its key {@code audit.field.<name>}. */
    public static Message field(String name) {
        return Message.of("audit.field." + name);
    }

    /**
     * A value inside a change, written as the reader's language writes it: a day as a day (also a
     * day kept as text, as date custom fields are), a figure with its decimals, yes or no, none for
     * nothing; any other text (what a user typed, a code) as it is.
     */
    public static Object value(Object value) {
        if (value == null) {
            return Message.of("audit.value.none");
        }
        if (value instanceof Boolean flag) {
            return Message.of(flag ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof BigDecimal figure) {
            return Figures.decimal(figure);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Figures.decimal(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof LocalDate) {
            return value;
        }
        if (value instanceof String text && ISO_DAY.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADay) {
                return text;
            }
        }
        return String.valueOf(value);
    }

    /** Several changes in one entry, separated as they always were: "a; b; c". */
    public static Message joined(List<Message> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("no changes to join");
        }
        Message joined = changes.get(0);
        for (Message next : changes.subList(1, changes.size())) {
            joined = Message.of("audit.changes", joined, next);
        }
        return joined;
    }

    /**
     * The action's words, {@code audit.action.<code in camelCase>} ("price changed" reads
     * {@code audit.action.priceChanged}); a code without words reads as it is stored.
     */
    public static Message action(String code) {
        if (code == null || code.isBlank()) {
            return Message.verbatim(code);
        }
        String key = actionKey(code);
        return KNOWN_KEYS.contains(key) ? Message.of(key) : Message.verbatim(code);
    }

    static String actionKey(String code) {
        String[] words = code.trim().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder key = new StringBuilder("audit.action.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
