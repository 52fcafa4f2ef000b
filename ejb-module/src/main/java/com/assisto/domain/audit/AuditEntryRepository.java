package com.assisto.domain.audit;

import java.util.List;

/** Where the audit trail is kept. */
public interface AuditEntryRepository {

    void add(AuditEntry entry);

    /** The record's history, newest first. */
    List<AuditEntry> history(String entityType, long entityId);

    /** The record's entries of one action, oldest first. */
    List<AuditEntry> entries(String entityType, long entityId, String action);
}
