package com.assisto.domain.index;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * How much a series moved between two months: the later value carried to the earlier one's
 * base by the linking coefficient (1 on the same base), and the variation in percent as the
 * series publishes it (FOI rounds to one decimal; CPI-U and Syntec are used unrounded).
 */
public record IndexVariation(
        String indexCode,
        YearMonth fromMonth,
        BigDecimal fromValue,
        YearMonth toMonth,
        BigDecimal toValue,
        BigDecimal coefficient,
        BigDecimal percent) {

    public String describe() {
        return indexCode + " " + fromMonth + " " + fromValue.toPlainString() + " → " + toMonth + " "
                + toValue.toPlainString()
                + (coefficient.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + coefficient.toPlainString()) + " = "
                + signed(percent) + " %";
    }

    static String signed(BigDecimal percent) {
        String plain = percent.stripTrailingZeros().toPlainString();
        return percent.signum() >= 0 ? "+" + plain : plain;
    }
}
