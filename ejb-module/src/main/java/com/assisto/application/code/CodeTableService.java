package com.assisto.application.code;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.code.CodeEntry;
import com.assisto.domain.code.CodeKind;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/** The user-editable code tables (M5). */
@Stateless
public class CodeTableService {

    private static final Logger LOG = Logger.getLogger(CodeTableService.class.getName());
    private static final int MAX_ENTRIES = 999;

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Inject
    private CallerScope caller;

    public List<CodeEntry> list(CodeKind kind) {
        return em.createQuery("SELECT e FROM CodeEntry e WHERE e.kind = :kind ORDER BY e.code", CodeEntry.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    public CodeEntry get(CodeKind kind, String code) {
        return em.createQuery("SELECT e FROM CodeEntry e WHERE e.kind = :kind AND e.code = :code", CodeEntry.class)
                .setParameter("kind", kind)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(kind.name(), code));
    }

    public CodeEntry create(CodeKind kind, String code, String description) {
        CodeEntry entry = new CodeEntry(kind, code, description);
        long existing = em.createQuery("SELECT COUNT(e) FROM CodeEntry e WHERE e.kind = :kind", Long.class)
                .setParameter("kind", kind)
                .getSingleResult();
        if (existing >= MAX_ENTRIES) {
            throw new ValidationException("code", kind + " already has " + MAX_ENTRIES + " entries");
        }
        boolean duplicate = !em.createQuery(
                        "SELECT e FROM CodeEntry e WHERE e.kind = :kind AND e.code = :code", CodeEntry.class)
                .setParameter("kind", kind)
                .setParameter("code", entry.getCode())
                .getResultList()
                .isEmpty();
        if (duplicate) {
            throw new ValidationException("code", kind + " " + entry.getCode() + " already exists");
        }
        em.persist(entry);
        LOG.info(() -> caller.callerName() + " created " + kind + " " + entry.getCode());
        return entry;
    }

    public CodeEntry update(CodeKind kind, String code, long version, String description, boolean active) {
        CodeEntry entry = get(kind, code);
        entry.checkVersion(version);
        entry.describe(description);
        entry.activate(active);
        LOG.info(() -> caller.callerName() + " updated " + kind + " " + code);
        return entry;
    }
}
