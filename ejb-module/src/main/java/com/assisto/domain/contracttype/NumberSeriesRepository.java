package com.assisto.domain.contracttype;

/** Where the counters of the document series are kept. */
public interface NumberSeriesRepository {

    /**
     * The series, write-locked until the transaction ends so that no one else draws from it
     * meanwhile; a series drawn from for the first time is started.
     */
    NumberSeries lockForDraw(String seriesKey);
}
