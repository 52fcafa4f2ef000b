package com.assisto.domain.warning;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A message in a user's console inbox. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage extends BaseEntity {

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WarningKind kind;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected InboxMessage() {}

    public InboxMessage(String recipient, WarningKind kind, Long contractId, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.kind = kind;
        this.contractId = contractId;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body.length() > 20000 ? body.substring(0, 20000) : body;
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

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getReadAt() {
        return readAt == null ? null : readAt.toInstant();
    }
}
