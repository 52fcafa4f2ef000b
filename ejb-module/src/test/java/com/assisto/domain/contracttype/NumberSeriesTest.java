package com.assisto.domain.contracttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A series hands out consecutive values, one at a time or in blocks, never the same twice. */
class NumberSeriesTest {

    @Test
    void blocksFollowEachOtherWithoutOverlap() {
        NumberSeries series = new NumberSeries("contract:1:2026");

        assertEquals(1, series.reserve(1));
        assertEquals(2, series.reserve(500));
        assertEquals(502, series.reserve(1));
        assertThrows(IllegalArgumentException.class, () -> series.reserve(0));
    }
}
