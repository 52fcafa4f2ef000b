package com.assisto.infrastructure.persistence;

import com.assisto.domain.renewal.RevaluationRecord;
import com.assisto.domain.renewal.RevaluationRecordRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Revaluation records in JPA. */
@Dependent
public class JpaRevaluationRecordRepository implements RevaluationRecordRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public void add(RevaluationRecord record) {
        // no flush: a renewal chunk's inserts stay batched
        em.persist(record);
    }

    @Override
    public List<RevaluationRecord> ofContract(long contractId) {
        return em.createQuery(
                        "SELECT r FROM RevaluationRecord r WHERE r.contractId = :id OR r.previousId = :id"
                                + " ORDER BY r.id DESC",
                        RevaluationRecord.class)
                .setParameter("id", contractId)
                .getResultList();
    }
}
