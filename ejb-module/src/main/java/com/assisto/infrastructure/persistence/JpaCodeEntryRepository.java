package com.assisto.infrastructure.persistence;

import com.assisto.domain.code.CodeEntry;
import com.assisto.domain.code.CodeEntryRepository;
import com.assisto.domain.code.CodeKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Code-table entries in JPA. */
@Dependent
public class JpaCodeEntryRepository implements CodeEntryRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<CodeEntry> list(CodeKind kind) {
        return em.createQuery("SELECT e FROM CodeEntry e WHERE e.kind = :kind ORDER BY e.code", CodeEntry.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    @Override
    public Optional<CodeEntry> find(CodeKind kind, String code) {
        return em.createQuery("SELECT e FROM CodeEntry e WHERE e.kind = :kind AND e.code = :code", CodeEntry.class)
                .setParameter("kind", kind)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long count(CodeKind kind) {
        return em.createQuery("SELECT COUNT(e) FROM CodeEntry e WHERE e.kind = :kind", Long.class)
                .setParameter("kind", kind)
                .getSingleResult();
    }

    @Override
    public void add(CodeEntry entry) {
        em.persist(entry);
    }
}
