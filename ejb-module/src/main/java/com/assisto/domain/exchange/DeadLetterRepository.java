package com.assisto.domain.exchange;

import java.util.List;
import java.util.Optional;

/** The dead letters of the ERP exchange. */
public interface DeadLetterRepository {

    void add(DeadLetter deadLetter);

    Optional<DeadLetter> find(long id);

    /** Newest first; status and flow narrow the list when not null. */
    List<DeadLetter> page(DeadLetterStatus status, ErpFlow flow, int first, int max);

    long count(DeadLetterStatus status, ErpFlow flow);

    /** The dead letters an exchange made, in line order. */
    List<DeadLetter> ofExchange(long exchangeId);
}
