package com.assisto.application.warning;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.DeliveryNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Lines added or removed during the term, with the notes that charged or credited them (C5). */
@ApplicationScoped
public class DeliveryNoteIncidents implements TermIncidentSource {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<TermIncident> incidents(Contract contract) {
        return em.createQuery(
                        "SELECT n FROM DeliveryNote n WHERE n.contract.id = :id ORDER BY n.id", DeliveryNote.class)
                .setParameter("id", contract.getId())
                .getResultStream()
                .map(note -> new TermIncident(
                        "Mid-term changes",
                        note.getNumber() + " " + note.getKind() + " on " + note.getNoteDate() + ": "
                                + note.getDescription(),
                        note.signedAmount()))
                .toList();
    }
}
