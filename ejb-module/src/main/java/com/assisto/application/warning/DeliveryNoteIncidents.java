package com.assisto.application.warning;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.DeliveryNoteRepository;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Lines added or removed during the term, with the notes that charged or credited them (C5). */
@ApplicationScoped
public class DeliveryNoteIncidents implements TermIncidentSource {

    @Inject
    private DeliveryNoteRepository notes;

    @Override
    public List<TermIncident> incidents(Contract contract) {
        return notes.ofContract(contract.getId()).stream()
                .map(note -> new TermIncident(
                        Message.of("warning.section.midTerm"),
                        Message.of(
                                "warning.deliveryNote",
                                note.getNumber(),
                                note.getKind(),
                                Figures.date(note.getNoteDate()),
                                note.getDescription()),
                        note.signedAmount()))
                .toList();
    }
}
