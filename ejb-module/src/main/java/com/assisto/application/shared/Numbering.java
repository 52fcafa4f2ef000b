package com.assisto.application.shared;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Draws document numbers from their series and formats them. */
@Stateless
public class Numbering {

    private static final Logger LOG = Logger.getLogger(Numbering.class.getName());

    @EJB
    private NumberSeriesCounter counter;

    /** A block of consecutive numbers of a series, for work that numbers many documents at once. */
    public List<String> block(String seriesKey, int count, LongFunction<String> format) {
        long first;
        try {
            first = counter.reserve(seriesKey, count);
        } catch (EJBException startedConcurrently) {
            LOG.log(
                    Level.FINE,
                    "Series " + seriesKey + " was started concurrently; drawing again",
                    startedConcurrently);
            first = counter.reserve(seriesKey, count);
        }
        List<String> numbers = new ArrayList<>(count);
        for (long value = first; value < first + count; value++) {
            numbers.add(format.apply(value));
        }
        return numbers;
    }

    public String next(String seriesKey, LongFunction<String> format) {
        return block(seriesKey, 1, format).get(0);
    }
}
