package com.assisto.domain.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** How far each flow polled from the ERP has been read. */
public interface PollWatermarks {

    /** The day the next poll reads from; empty before the first poll, which reads everything. */
    Optional<LocalDate> since(ErpFlow flow);

    void polled(ErpFlow flow, LocalDate since, Instant at);
}
