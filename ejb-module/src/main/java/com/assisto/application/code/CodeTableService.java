package com.assisto.application.code;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.code.CodeEntry;
import com.assisto.domain.code.CodeEntryRepository;
import com.assisto.domain.code.CodeKind;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/** The user-editable code tables (M5). */
@Stateless
public class CodeTableService {

    private static final Logger LOG = Logger.getLogger(CodeTableService.class.getName());
    private static final int MAX_ENTRIES = 999;

    @Inject
    private CodeEntryRepository entries;

    @Inject
    private CallerScope caller;

    public List<CodeEntry> list(CodeKind kind) {
        return entries.list(kind);
    }

    public CodeEntry get(CodeKind kind, String code) {
        return entries.find(kind, code).orElseThrow(() -> new NotFoundException(Message.of("notFound", kind, code)));
    }

    public CodeEntry create(CodeKind kind, String code, String description) {
        CodeEntry entry = new CodeEntry(kind, code, description);
        if (entries.count(kind) >= MAX_ENTRIES) {
            throw new ValidationException("code", "codeTable.full", kind, MAX_ENTRIES);
        }
        if (entries.find(kind, entry.getCode()).isPresent()) {
            throw new ValidationException("code", "codeTable.exists", kind, entry.getCode());
        }
        entries.add(entry);
        LOG.info(() -> caller.callerName() + " created " + kind + " " + entry.getCode());
        return entry;
    }

    public CodeEntry update(CodeKind kind, String code, long version, String description, boolean active) {
        CodeEntry entry = get(kind, code);
        entry.checkVersion(version);
        entry.describe(description);
        entry.activate(active);
        LOG.info(() -> caller.callerName() + " updated " + kind + " " + code);
        return entry;
    }
}
