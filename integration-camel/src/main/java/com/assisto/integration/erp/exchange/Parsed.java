package com.assisto.integration.erp.exchange;

import com.assisto.domain.shared.Message;

/**
 * A record read from what the ERP sent: where it stood (its line in a file, or none), its key at
 * the ERP when it could be read, its text as sent, and the record, or why it could not be read.
 */
public record Parsed<R>(Long line, String key, String payload, R record, Message problem) {

    public static <R> Parsed<R> of(Long line, String key, String payload, R record) {
        return new Parsed<>(line, key, payload, record, null);
    }

    public static <R> Parsed<R> unreadable(Long line, String key, String payload, Message problem) {
        return new Parsed<>(line, key, payload, null, problem);
    }

    public boolean readable() {
        return problem == null;
    }
}
