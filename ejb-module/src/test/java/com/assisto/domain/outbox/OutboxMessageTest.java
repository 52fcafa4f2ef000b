package com.assisto.domain.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofMinutes(5);

    private static OutboxMessage message() {
        return new OutboxMessage("INSTALMENT", "C-1#1", "{}", AT);
    }

    @Test
    void eachFailedAttemptWaitsTwiceAsLongUpToTheLimit() {
        OutboxMessage message = message();
        message.attemptFailed("down", AT, FIRST, MAX);
        assertEquals(AT.plusSeconds(30), message.getNextAttemptAt());
        message.attemptFailed("down", AT, FIRST, MAX);
        assertEquals(AT.plusSeconds(60), message.getNextAttemptAt());
        message.attemptFailed("down", AT, FIRST, MAX);
        assertEquals(AT.plusSeconds(120), message.getNextAttemptAt());
        for (int i = 0; i < 40; i++) {
            message.attemptFailed("down", AT, FIRST, MAX);
        }
        assertEquals(AT.plus(MAX), message.getNextAttemptAt());
        assertEquals(43, message.getAttempts());
        assertEquals(OutboxStatus.PENDING, message.getStatus());
    }

    @Test
    void anAcknowledgementMarksItSentWithTheErpsDocument() {
        OutboxMessage message = message();
        message.attemptFailed("down", AT, FIRST, MAX);
        message.acknowledged("DOC-1", AT.plusSeconds(90));
        assertEquals(OutboxStatus.SENT, message.getStatus());
        assertEquals("DOC-1", message.getErpDocument());
        assertNull(message.getNextAttemptAt());
        assertNull(message.getLastError());
    }

    @Test
    void aRefusedMessageWaitsForAPersonAndOnlyItCanBeRetried() {
        OutboxMessage message = message();
        assertThrows(IllegalStateException.class, message::retry);
        message.refused("HTTP 400 cod_cliente");
        assertEquals(OutboxStatus.REFUSED, message.getStatus());
        message.retry();
        assertEquals(OutboxStatus.PENDING, message.getStatus());
    }

    @Test
    void anInvoiceReportedByTheErpProvesItWasBooked() {
        OutboxMessage message = message();
        message.invoiced("FT/2026/000001", LocalDate.of(2026, 12, 7));
        assertEquals(OutboxStatus.SENT, message.getStatus());
        assertEquals("FT/2026/000001", message.getErpInvoiceNumber());
    }
}
