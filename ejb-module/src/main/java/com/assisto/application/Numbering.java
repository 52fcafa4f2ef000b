package com.assisto.application;

import com.assisto.domain.contract.ContractRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Draws gap-free document numbers; the series row stays locked until the caller's transaction ends. */
@Stateless
public class Numbering {

    private static final Logger LOG = Logger.getLogger(Numbering.class.getName());

    @EJB
    private NumberSeriesStarter starter;
    @Inject
    private ContractRepository contracts;

    public String next(String seriesKey, LongFunction<String> format) {
        try {
            starter.start(seriesKey);
        } catch (EJBException lostRace) {
            LOG.log(Level.FINE, "Series " + seriesKey + " was started concurrently", lostRace);
        }
        return format.apply(contracts.nextInSeries(seriesKey));
    }
}
