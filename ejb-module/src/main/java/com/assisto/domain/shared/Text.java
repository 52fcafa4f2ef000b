package com.assisto.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers used by the value objects. */
public final class Text {

    private Text() {}

    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The form searches compare against: trimmed, lower case, inner blanks collapsed. */
    public static String searchKey(String value) {
        String trimmed = trimToNull(value);
        return trimmed == null ? null : trimmed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The form names and cities are kept in for search and sorting: the {@link #searchKey search
     * key} without accents, so that "Ágata" sorts with the a's and "eboli" finds "Éboli".
     */
    public static String nameKey(String value) {
        String key = searchKey(value);
        return key == null
                ? null
                : java.text.Normalizer.normalize(key, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "");
    }

    public static List<String> nonBlank(String... values) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                result.add(value);
            }
        }
        return result;
    }

    public static String join(String separator, String... values) {
        String joined = String.join(separator, nonBlank(values));
        return joined.isEmpty() ? null : joined;
    }
}
