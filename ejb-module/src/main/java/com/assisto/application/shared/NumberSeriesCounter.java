package com.assisto.application.shared;

import com.assisto.domain.contracttype.NumberSeriesRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Draws the next value of a number series in a transaction of its own, so the series row is
 * locked only for the moment of the draw and concurrent users do not queue behind each other's
 * whole transactions. The price: a creation that fails after drawing leaves a gap.
 */
@Stateless
public class NumberSeriesCounter {

    @Inject
    private NumberSeriesRepository series;

    /** Reserves a block of consecutive values and returns the first: a renewal chunk numbers all its contracts with one draw. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserve(String seriesKey, int count) {
        return series.lockForDraw(seriesKey).reserve(count);
    }
}
