package com.assisto.domain.exchange;

import com.assisto.domain.shared.Message;
import java.util.Objects;

/**
 * A record a flow could not apply: its key at the ERP (a customer or item code, a document
 * number) when it could be read, its line in the file, why, and the record as the ERP sent it.
 */
public record Rejection(String key, Long line, Message reason, String payload) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
    }
}
