package com.assisto.domain.equipment;

import com.assisto.domain.shared.Message;
import java.time.LocalDate;

/**
 * One event in a piece of equipment's timeline (E1): registered, moved, covered by a contract or
 * a warranty, taken off one, warranty end; readings and interventions join as they come.
 *
 * @param contractId the contract the event is about, where there is one
 */
public record HistoryEntry(LocalDate on, Kind kind, Message text, Long contractId) {

    /** What happened. */
    public enum Kind {
        REGISTERED,
        MOVED,
        CONTRACT,
        WARRANTY,
        CONTRACT_ENDED,
        WARRANTY_END
    }
}
