package com.assisto.domain.exchange;

/**
 * What an exchange did with its records: received, and of those applied (new or changed),
 * unchanged (already as the ERP says), rejected (to dead letters) or duplicate (seen before).
 */
public record ExchangeCounts(int received, int applied, int unchanged, int rejected, int duplicate) {

    public static final ExchangeCounts NONE = new ExchangeCounts(0, 0, 0, 0, 0);

    public ExchangeCounts {
        if (received < 0 || applied < 0 || unchanged < 0 || rejected < 0 || duplicate < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public ExchangeCounts plus(ExchangeCounts other) {
        return new ExchangeCounts(
                received + other.received,
                applied + other.applied,
                unchanged + other.unchanged,
                rejected + other.rejected,
                duplicate + other.duplicate);
    }

    public static ExchangeCounts applied(int count) {
        return new ExchangeCounts(count, count, 0, 0, 0);
    }

    public static ExchangeCounts unchanged(int count) {
        return new ExchangeCounts(count, 0, count, 0, 0);
    }

    public static ExchangeCounts rejected(int count) {
        return new ExchangeCounts(count, 0, 0, count, 0);
    }

    public static ExchangeCounts duplicate(int count) {
        return new ExchangeCounts(count, 0, 0, 0, count);
    }

    /** True when some records were received and none of them made it: the exchange failed. */
    public boolean nothingApplied() {
        return received > 0 && applied + unchanged + duplicate == 0;
    }
}
