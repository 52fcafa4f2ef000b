package com.assisto.domain.renewal;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;

/**
 * A refusal as a run's outcome and a preview keep it: each refused field with its problem, read
 * in the reader's language ("price tariff GOLD has no price on 2025-06-01 for item CP0002: …").
 */
public final class Refusal {

    private Refusal() {}

    public static Message of(ValidationException refused) {
        Message text = null;
        for (FieldError error : refused.getErrors()) {
            Message one = Message.of("renewal.refused", error.field(), error.problem());
            text = text == null ? one : Message.of("renewal.refusedToo", text, one);
        }
        return text == null ? Message.verbatim(refused.getMessage()) : text;
    }
}
