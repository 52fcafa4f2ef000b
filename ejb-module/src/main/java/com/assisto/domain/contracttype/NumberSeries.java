package com.assisto.domain.contracttype;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The counter of one document series (a contract type's contracts of one year, its quotes, the
 * delivery notes of one year). Callers read it with a write lock so two users never draw the
 * same number.
 */
@Entity
@Table(name = "number_series")
public class NumberSeries {

    @Id
    @Column(name = "series_key")
    private String key;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected NumberSeries() {}

    public NumberSeries(String key) {
        this.key = key;
    }

    /** Reserves a block of values at once; returns the first of them. */
    public long reserve(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A block holds at least one number.");
        }
        long first = lastValue + 1;
        lastValue += count;
        return first;
    }

    public String getKey() {
        return key;
    }
}
