package com.assisto.interfaces.rest;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the field of a JSON body that could not be read. JSON-B (Yasson) says which property it
 * failed on, one "Unable to deserialize property 'x' because of: …" per level of nesting, in its
 * message and its causes; this turns that into {@code lines.price} and a reason short enough to
 * show, whatever the client sent.
 */
final class MalformedBody {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)' because of: ");
    /** Longest reason shown: a body may hold a hundred thousand characters where a date belongs. */
    private static final int MOST_SHOWN = 160;

    private MalformedBody() {}

    /** The field and reason of a failure to read a body, when the failure names a property. */
    static Optional<FieldError> fieldOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Optional<FieldError> named = fieldOf(cause.getMessage());
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    static Optional<FieldError> fieldOf(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher outermost = PROPERTY.matcher(message);
        if (!outermost.find()) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>(List.of(outermost.group(1)));
        String rest = message.substring(outermost.end());
        for (Matcher inner = PROPERTY.matcher(rest); inner.lookingAt(); inner = PROPERTY.matcher(rest)) {
            path.add(inner.group(1));
            rest = rest.substring(inner.end());
        }
        return Optional.of(new FieldError(String.join(".", path), "rest.cannotBeRead", reason(rest)));
    }

    /**
     * Yasson's reasons name Java types; say what was expected in the API's words where we can,
     * else pass on Yasson's own (English) words, shortened.
     */
    private static Message reason(String yasson) {
        if (yasson.contains("java.time.LocalDate")) {
            return Message.of("rest.notCalendarDate");
        }
        if (yasson.contains("java.math.BigDecimal")
                || yasson.contains("java.lang.Integer")
                || yasson.contains("java.lang.Long")
                || yasson.contains("NumberFormatException")) {
            return Message.of("rest.numberExpected");
        }
        if (yasson.contains("java.lang.Boolean")) {
            return Message.of("rest.booleanExpected");
        }
        if (yasson.contains("java.lang.String")) {
            return Message.of("rest.textExpected");
        }
        return Message.verbatim(shorten(yasson));
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MOST_SHOWN ? oneLine : oneLine.substring(0, MOST_SHOWN) + "…";
    }
}
