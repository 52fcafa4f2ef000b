package com.assisto.domain.warning;

import java.util.List;
import java.util.Optional;

/** Where the warnings sent and the console inbox messages that carried them are kept. */
public interface WarningRepository {

    /** Whether the contract's warning of this kind went out at this threshold before. */
    boolean alreadySent(long contractId, WarningKind kind, int threshold);

    /**
     * Records that a warning goes out, written at once: the database refuses a second record for
     * the same contract, kind and threshold, and the refusal must come before anything is sent.
     */
    void recordSent(WarningSent sent);

    void addMessage(InboxMessage message);

    /** A user's messages (unread only, or all), newest first. */
    List<InboxMessage> inbox(String recipient, boolean unreadOnly, int limit);

    long unread(String recipient);

    Optional<InboxMessage> findMessage(long id);
}
