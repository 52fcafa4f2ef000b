package com.assisto.application.contract;

import com.assisto.application.shared.CallerScope;
import com.assisto.application.shared.ErpOutbox;
import com.assisto.application.shared.Numbering;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.contract.DeliveryNoteRepository;
import com.assisto.domain.contract.MidTermChange;
import com.assisto.domain.shared.Slice;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The delivery and credit notes of mid-term changes (C5): issued with a yearly number and queued
 * for the ERP to invoice, listed per contract and in a register of all contracts.
 */
@Stateless
public class DeliveryNotes {

    @Inject
    private DeliveryNoteRepository notes;

    @Inject
    private ContractAccess access;

    @Inject
    private CallerScope caller;

    @EJB
    private Numbering numbering;

    @EJB
    private ErpOutbox outbox;

    /** Issues the note for a billable change, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public DeliveryNote issue(MidTermChange change) {
        int year = change.prorating().changeDate().getYear();
        String number = numbering.next(
                "delivery-note:" + year, sequence -> "DN/" + year + "/" + String.format("%05d", sequence));
        DeliveryNote note = new DeliveryNote(number, change, caller.callerName(), Instant.now());
        notes.add(note);
        outbox.queue(note);
        return note;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DeliveryNote> ofContract(long contractId) {
        access.get(contractId);
        return notes.ofContract(contractId);
    }

    /**
     * The register of delivery and credit notes of all contracts dated between two days (either
     * may be open), in number order, after the given note id; a customer sees its own only.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Slice<DeliveryNote> register(LocalDate from, LocalDate to, Long afterId, int limit) {
        return notes.register(caller.restrictedToCustomer().orElse(null), from, to, afterId, limit);
    }
}
