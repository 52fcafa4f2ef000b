package com.assisto.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Figures inside a stored explanation, written as each language writes them: a pricing date reads
 * 2025-01-01 in English, as the API has always written it, and 01/01/2025 in Italian; an index
 * value keeps its published decimals (113.200, in Italian 113,200); a variation carries its sign.
 */
public final class Figures {

    /** The most decimals a figure keeps in the reader's language; longer ones stay as computed. */
    static final int MAX_SCALE = 12;

    private Figures() {}

    /** A day: {@code figure.date}; null reads as an empty text. */
    public static Message date(LocalDate day) {
        return day == null ? null : Message.of("figure.date", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** A month, as an index value is published for: {@code figure.month}. */
    public static Message month(YearMonth month) {
        return month == null ? null : Message.of("figure.month", month.getYear(), month.getMonthValue());
    }

    /** A figure with the decimals it has, no grouping (113.200, 75, 1.0188265). */
    public static Message decimal(BigDecimal figure) {
        return figure == null ? null : scaled("figure.decimal", figure);
    }

    /** A variation in percent, always signed (+0.8, -0.3, +0). */
    public static Message signed(BigDecimal figure) {
        return figure == null ? null : scaled("figure.signed", figure);
    }

    private static Message scaled(String key, BigDecimal figure) {
        int scale = Math.max(0, figure.scale());
        if (scale > MAX_SCALE) {
            String plain = figure.toPlainString();
            return Message.verbatim(key.equals("figure.signed") && figure.signum() >= 0 ? "+" + plain : plain);
        }
        return Message.of(key + scale, figure.setScale(scale));
    }
}
