package com.assisto.application.warning;

import com.assisto.domain.contract.Contract;
import java.util.List;

/**
 * Contributes what happened during a contract's term to the administrative summary (C11).
 * Each feature that produces incidents (interventions charged or free, hour-bank or copy
 * overruns, open tickets) adds a CDI bean implementing this; the summary and the renewal code
 * stay as they are.
 */
public interface TermIncidentSource {

    List<TermIncident> incidents(Contract contract);
}
