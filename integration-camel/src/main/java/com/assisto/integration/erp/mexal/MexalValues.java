package com.assisto.integration.erp.mexal;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Mexal's ways of writing values: dates as ISO in files and as {@code AAAAMMGG} in the WebAPI
 * (both are read everywhere), decimals with a point or, as Italian exports write them, a comma
 * (a point before a comma then groups thousands: 1.234,50).
 */
public final class MexalValues {

    static final DateTimeFormatter AAAAMMGG = DateTimeFormatter.BASIC_ISO_DATE;

    private MexalValues() {}

    /** A value that could not be read, and why, naming its column. */
    public static final class BadValue extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Message problem;

        public BadValue(String column, Message problem) {
            super(column + " " + problem);
            this.problem = Message.of("import.fieldError", column, problem);
        }

        public Message problem() {
            return problem;
        }
    }

    /** The decimal in the column, null when it is blank. */
    public static BigDecimal decimal(String text, String column) throws BadValue {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.trim();
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            throw new BadValue(column, Message.of("exchange.badNumber", text));
        }
    }

    /** The whole number in the column; the fallback when it is blank. */
    public static int whole(String text, String column, int fallback) throws BadValue {
        BigDecimal number = decimal(text, column);
        if (number == null) {
            return fallback;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new BadValue(column, Message.of("exchange.badNumber", text));
        }
    }

    /** The date in the column, ISO or AAAAMMGG; null when it is blank or Mexal's empty date 00000000. */
    public static LocalDate date(String text, String column) throws BadValue {
        if (text == null || text.isBlank() || text.trim().equals("00000000")) {
            return null;
        }
        String plain = text.trim();
        try {
            return plain.length() == 8 && plain.chars().allMatch(Character::isDigit)
                    ? LocalDate.parse(plain, AAAAMMGG)
                    : LocalDate.parse(plain);
        } catch (DateTimeParseException notADate) {
            throw new BadValue(column, Message.of("exchange.badDate", text, "2026-12-31"));
        }
    }

    /** A date as the WebAPI writes it. */
    public static String aaaammgg(LocalDate date) {
        return date.format(AAAAMMGG);
    }

    /** A field of a WebAPI record as text, whether the ERP wrote it as a string or a number; empty when absent. */
    public static String field(jakarta.json.JsonObject record, String name) {
        jakarta.json.JsonValue value = record.get(name);
        if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof jakarta.json.JsonString text ? text.getString() : value.toString();
    }

    /** The n-th element of an array field of a WebAPI record as text; empty when absent. */
    public static String element(jakarta.json.JsonObject record, String name, int index) {
        jakarta.json.JsonValue value = record.get(name);
        if (!(value instanceof jakarta.json.JsonArray array)) {
            // a list of one, as an XML file writes it: the field itself
            return index == 0 ? field(record, name) : "";
        }
        if (index >= array.size()) {
            return "";
        }
        jakarta.json.JsonValue element = array.get(index);
        if (element.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return "";
        }
        return element instanceof jakarta.json.JsonString text ? text.getString() : element.toString();
    }
}
