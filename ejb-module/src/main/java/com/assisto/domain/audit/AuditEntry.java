package com.assisto.domain.audit;

import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.StoredMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One change to a record: who made it, when, and what changed, in words. Never updated. The
 * detail is kept as an encoded {@link Message} where the change says it in the reader's language,
 * as plain text where it is written once (and in entries older than messages).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    static final int MAX_DETAIL = 4000;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(
            String entityType, long entityId, Instant changedAt, String changedBy, String action, String detail) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.changedAt = changedAt.atOffset(ZoneOffset.UTC);
        this.changedBy = changedBy;
        this.action = action;
        this.detail =
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    /** A change whose detail reads in the reader's language. */
    public AuditEntry(
            String entityType, long entityId, Instant changedAt, String changedBy, String action, Message detail) {
        this(entityType, entityId, changedAt, changedBy, action, StoredMessage.of(detail, MAX_DETAIL));
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public Instant getChangedAt() {
        return changedAt.toInstant();
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** The action's code as stored ("created", "price changed"): what the API returns and queries select on. */
    public String getAction() {
        return action;
    }

    /** The action in words, to be read in the reader's language; a code without words reads as stored. */
    public Message action() {
        return AuditTexts.action(action);
    }

    /** What changed, in English: the API's and the logs' reading. */
    public String getDetail() {
        return StoredMessage.english(detail);
    }

    /** What changed, to be put into words in the reader's language; null when nothing was said. */
    public Message detail() {
        return Message.decode(detail);
    }
}
