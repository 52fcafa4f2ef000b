package com.assisto.infrastructure.persistence;

import com.assisto.domain.attachment.Attachment;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.domain.attachment.AttachmentRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Attachments in JPA; listing reads the attachment rows only, never their bytes. */
@Dependent
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public List<Attachment> of(AttachmentOwner ownerKind, long ownerId) {
        return em.createQuery(
                        "SELECT a FROM Attachment a WHERE a.ownerKind = :kind AND a.ownerId = :owner"
                                + " ORDER BY a.createdAt DESC, a.id DESC",
                        Attachment.class)
                .setParameter("kind", ownerKind)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    @Override
    public void add(Attachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    @Override
    public void remove(Attachment attachment) {
        em.remove(attachment);
    }
}
