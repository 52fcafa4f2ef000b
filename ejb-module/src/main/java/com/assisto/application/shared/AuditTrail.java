package com.assisto.application.shared;

import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.audit.AuditEntryRepository;
import com.assisto.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Writes and reads the audit trail, in the caller's transaction so a change and its record go together. */
@Stateless
public class AuditTrail {

    @Inject
    private AuditEntryRepository entries;

    @Inject
    private CallerScope caller;

    public void record(String entityType, long entityId, String action, String detail) {
        entries.add(new AuditEntry(entityType, entityId, Instant.now(), caller.callerName(), action, detail));
    }

    /** Records a change whose detail each reader of the history reads in their own language. */
    public void record(String entityType, long entityId, String action, Message detail) {
        entries.add(new AuditEntry(entityType, entityId, Instant.now(), caller.callerName(), action, detail));
    }

    /** The record's history, newest first. */
    public List<AuditEntry> history(String entityType, long entityId) {
        return entries.history(entityType, entityId);
    }
}
