package com.assisto.domain.renewal;

import java.time.LocalDate;

/**
 * Where a contract stands in the order a run seeks through them (its end or anniversary, then
 * its id): each contract found is a position, and the last one of a chunk is where the next
 * chunk seeks on from.
 */
public record RenewalCursor(LocalDate date, long id) {

    public static final RenewalCursor START = new RenewalCursor(LocalDate.of(1, 1, 1), 0);
}
