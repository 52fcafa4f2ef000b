package com.assisto.infrastructure.persistence;

/** LIKE patterns from what a user typed, with {@code \} as the escape character of the query. */
final class Like {

    private Like() {}

    /** Matches values that start with the text, its {@code %} and {@code _} taken literally. */
    static String prefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
