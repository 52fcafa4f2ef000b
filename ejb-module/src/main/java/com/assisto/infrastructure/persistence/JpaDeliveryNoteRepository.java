package com.assisto.infrastructure.persistence;

import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.contract.DeliveryNoteRepository;
import com.assisto.domain.shared.Slice;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** Delivery and credit notes in JPA; the register reads each note with its contract in one query. */
@Dependent
public class JpaDeliveryNoteRepository implements DeliveryNoteRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<DeliveryNote> ofContract(long contractId) {
        return em.createQuery(
                        "SELECT n FROM DeliveryNote n WHERE n.contract.id = :id ORDER BY n.id", DeliveryNote.class)
                .setParameter("id", contractId)
                .getResultList();
    }

    @Override
    public Slice<DeliveryNote> register(Long customerId, LocalDate from, LocalDate to, Long afterId, int limit) {
        JpqlConditions conditions = new JpqlConditions();
        if (customerId != null) {
            conditions.and("c.customer.id = :own", "own", customerId);
        }
        if (from != null) {
            conditions.and("n.noteDate >= :from", "from", from);
        }
        if (to != null) {
            conditions.and("n.noteDate <= :to", "to", to);
        }
        if (afterId != null) {
            conditions.and("n.id > :after", "after", afterId);
        }
        List<DeliveryNote> notes = conditions
                .bind(em.createQuery(
                        "SELECT n FROM DeliveryNote n JOIN FETCH n.contract c" + conditions.where() + " ORDER BY n.id",
                        DeliveryNote.class))
                .setMaxResults(limit + 1)
                .getResultList();
        return Slice.of(notes, limit, note -> String.valueOf(note.getId()));
    }

    @Override
    public void add(DeliveryNote note) {
        em.persist(note);
    }
}
