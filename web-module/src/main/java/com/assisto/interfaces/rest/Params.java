package com.assisto.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters that need parsing, with an error naming the parameter. */
public final class Params {

    private Params() {}

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemMappers.BadRequestParameter(
                    name, "'" + MalformedBody.shorten(value) + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static LocalDate dateOrToday(String name, String value) {
        LocalDate date = date(name, value);
        return date == null ? LocalDate.now() : date;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemMappers.BadRequestParameter(
                    name,
                    "'" + MalformedBody.shorten(value) + "' is not one of "
                            + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The id a list seeking by id gave out as its {@code next} key, or null for the first page. */
    public static Long afterId(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(after.trim());
        } catch (NumberFormatException e) {
            throw new ProblemMappers.BadRequestParameter(
                    "after", "'" + MalformedBody.shorten(after) + "' is not a key this list gave out");
        }
    }
}
