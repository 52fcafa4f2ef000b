package com.assisto.domain.warning;

import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.StoredMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A message in a user's console inbox. Its subject and body are kept as encoded {@link Message}s
 * and read in the reader's language; messages written before that read as they were written.
 */
@Entity
@Table(name = "inbox_message")
public class InboxMessage extends BaseEntity {

    /** The lengths of {@code inbox_message.subject} and {@code body}. */
    static final int MAX_SUBJECT = 2000;

    static final int MAX_BODY = 100_000;

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WarningKind kind;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected InboxMessage() {}

    public InboxMessage(
            String recipient, WarningKind kind, Long contractId, Message subject, Message body, Instant now) {
        this.recipient = recipient;
        this.kind = kind;
        this.contractId = contractId;
        this.subject = StoredMessage.of(subject, MAX_SUBJECT);
        this.body = StoredMessage.of(body, MAX_BODY);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String getRecipient() {
        return recipient;
    }

    public WarningKind getKind() {
        return kind;
    }

    public Long getContractId() {
        return contractId;
    }

    public Message getSubject() {
        return Message.decode(subject);
    }

    public Message getBody() {
        return Message.decode(body);
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getReadAt() {
        return readAt == null ? null : readAt.toInstant();
    }
}
