package com.assisto.domain.contract;

import com.assisto.domain.shared.Slice;
import java.time.LocalDate;
import java.util.List;

/** Where the delivery and credit notes of mid-term changes are kept (C5). */
public interface DeliveryNoteRepository {

    List<DeliveryNote> ofContract(long contractId);

    /**
     * The notes dated between two days (either may be null: open), in number order, after the
     * given note id (null: from the start); only one customer's when {@code customerId} is given.
     */
    Slice<DeliveryNote> register(Long customerId, LocalDate from, LocalDate to, Long afterId, int limit);

    void add(DeliveryNote note);
}
