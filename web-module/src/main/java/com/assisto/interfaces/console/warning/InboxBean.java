package com.assisto.interfaces.console.warning;

import com.assisto.application.warning.Inbox;
import com.assisto.application.warning.WarningRun;
import com.assisto.domain.warning.InboxMessage;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The user's inbox of expiry and administrative warnings (C10, C11); administrators can send
 * today's warnings without waiting for the morning timer.
 */
@Named
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    private transient Inbox inbox;

    @EJB
    private transient WarningRun warningRun;

    private boolean unreadOnly = true;
    private transient List<InboxMessage> messages;
    private InboxMessage opened;
    private Long unread;

    /** Shown on every page beside the user's name. */
    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }

    public List<InboxMessage> getMessages() {
        if (messages == null) {
            messages = inbox.messages(unreadOnly, SHOWN);
        }
        return messages;
    }

    public void reload() {
        messages = null;
        unread = null;
    }

    /** Opens a message and marks it read. */
    public void open(InboxMessage message) {
        try {
            opened = message.isRead() ? message : inbox.markRead(message.getId());
            reload();
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void markRead(long id) {
        try {
            inbox.markRead(id);
            reload();
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void sendWarningsNow() {
        try {
            WarningRun.Result result = warningRun.run(LocalDate.now());
            reload();
            Faces.info(
                    "inbox.warningsSent", result.expiryWarnings(), result.administrativeWarnings(), result.failures());
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public InboxMessage getOpened() {
        return opened;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
