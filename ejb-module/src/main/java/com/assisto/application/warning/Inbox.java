package com.assisto.application.warning;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.warning.InboxMessage;
import com.assisto.domain.warning.WarningRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The caller's own console inbox: nobody reads another user's messages. */
@Stateless
public class Inbox {

    @Inject
    private WarningRepository warnings;

    @Inject
    private CallerScope caller;

    public List<InboxMessage> messages(boolean unreadOnly, int limit) {
        return warnings.inbox(caller.callerName(), unreadOnly, limit);
    }

    public long unread() {
        return warnings.unread(caller.callerName());
    }

    public InboxMessage markRead(long id) {
        InboxMessage message = warnings.findMessage(id)
                .filter(found -> found.getRecipient().equals(caller.callerName()))
                .orElseThrow(() -> new NotFoundException("InboxMessage", id));
        message.markRead(Instant.now());
        return message;
    }
}
