package com.assisto.domain.code;

import java.util.List;
import java.util.Optional;

/** Where the entries of the code tables are kept. */
public interface CodeEntryRepository {

    /** The table's entries, in code order. */
    List<CodeEntry> list(CodeKind kind);

    Optional<CodeEntry> find(CodeKind kind, String code);

    long count(CodeKind kind);

    void add(CodeEntry entry);
}
