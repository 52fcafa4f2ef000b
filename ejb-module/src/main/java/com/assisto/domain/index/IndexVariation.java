package com.assisto.domain.index;

import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
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

    /** In words: "FOI 2023-10 119.2 → 2024-10 120.1 = +0.8 %", with the linking coefficient if there is one. */
    public Message describe() {
        return coefficient.compareTo(BigDecimal.ONE) == 0
                ? Message.of(
                        "index.variation",
                        indexCode,
                        Figures.month(fromMonth),
                        Figures.decimal(fromValue),
                        Figures.month(toMonth),
                        Figures.decimal(toValue),
                        Figures.signed(percent.stripTrailingZeros()))
                : Message.of(
                        "index.linkedVariation",
                        indexCode,
                        Figures.month(fromMonth),
                        Figures.decimal(fromValue),
                        Figures.month(toMonth),
                        Figures.decimal(toValue),
                        Figures.decimal(coefficient),
                        Figures.signed(percent.stripTrailingZeros()));
    }
}
