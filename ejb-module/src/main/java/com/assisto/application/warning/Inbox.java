package com.assisto.application.warning;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.warning.InboxMessage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The caller's own console inbox: nobody reads another user's messages. */
@Stateless
public class Inbox {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Inject
    private CallerScope caller;

    public List<InboxMessage> messages(boolean unreadOnly, int limit) {
        return em.createQuery(
                        "SELECT m FROM InboxMessage m WHERE m.recipient = :me"
                                + (unreadOnly ? " AND m.readAt IS NULL" : "") + " ORDER BY m.id DESC",
                        InboxMessage.class)
                .setParameter("me", caller.callerName())
                .setMaxResults(limit)
                .getResultList();
    }

    public long unread() {
        return em.createQuery(
                        "SELECT COUNT(m) FROM InboxMessage m WHERE m.recipient = :me AND m.readAt IS NULL", Long.class)
                .setParameter("me", caller.callerName())
                .getSingleResult();
    }

    public InboxMessage markRead(long id) {
        InboxMessage message = em.find(InboxMessage.class, id);
        if (message == null || !message.getRecipient().equals(caller.callerName())) {
            throw new NotFoundException("Message", id);
        }
        message.markRead(Instant.now());
        return message;
    }
}
