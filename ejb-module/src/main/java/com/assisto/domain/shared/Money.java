package com.assisto.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is BigDecimal at two decimals, rounded half-up, everywhere in the product. */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Money() {}

    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, ROUNDING);
    }
}
