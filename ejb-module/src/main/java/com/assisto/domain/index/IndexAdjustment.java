package com.assisto.domain.index;

import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A price change driven by an index (C6): the contract's share of the published variation
 * (1.1 % at 75 % = 0.825 %, not rounded again), no change when the variation is a decrease the
 * contract does not pass on, never less than the contract's floor. Money is rounded half-up to
 * cents once, at the end.
 */
public record IndexAdjustment(
        IndexVariation variation,
        BigDecimal sharePercent,
        boolean decreasesApplied,
        BigDecimal floorPercent,
        BigDecimal appliedPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int FACTOR_SCALE = 12;

    public static IndexAdjustment of(
            IndexVariation variation, BigDecimal sharePercent, boolean decreasesApplied, BigDecimal floorPercent) {
        BigDecimal applied = variation.percent().multiply(sharePercent).divide(HUNDRED, MathContext.DECIMAL64);
        if (applied.signum() < 0 && !decreasesApplied) {
            applied = BigDecimal.ZERO;
        }
        if (floorPercent != null && applied.compareTo(floorPercent) < 0) {
            applied = floorPercent;
        }
        return new IndexAdjustment(
                variation, sharePercent, decreasesApplied, floorPercent, applied.stripTrailingZeros());
    }

    public BigDecimal apply(BigDecimal amount) {
        return Money.of(amount.multiply(BigDecimal.ONE.add(appliedPercent.divide(HUNDRED, MathContext.DECIMAL64))));
    }

    /**
     * A running factor moved on by this adjustment, kept to twelve decimals: the product of a
     * term's anniversary revaluations.
     */
    public BigDecimal factor(BigDecimal before) {
        return before.multiply(BigDecimal.ONE.add(appliedPercent.divide(HUNDRED, MathContext.DECIMAL64)))
                .setScale(FACTOR_SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /**
     * In words, for the price explanation and the revaluation record: the variation, the share
     * of it the contract passes on, a decrease not passed on or the floor, and what was applied
     * ("FOI 2023-10 119.2 → 2024-10 120.1 = +0.8 % × 75 % → +0.6 %").
     */
    public Message describe() {
        Message text = variation.describe();
        if (sharePercent.compareTo(HUNDRED) != 0) {
            text = Message.of("index.share", text, Figures.decimal(sharePercent.stripTrailingZeros()));
        }
        if (variation.percent().signum() < 0 && !decreasesApplied) {
            text = Message.of("index.decreaseNotApplied", text);
        }
        if (floorPercent != null && appliedPercent.compareTo(floorPercent) == 0) {
            text = Message.of("index.floor", text, Figures.signed(floorPercent.stripTrailingZeros()));
        }
        return Message.of("index.applied", text, Figures.signed(appliedPercent.stripTrailingZeros()));
    }
}
