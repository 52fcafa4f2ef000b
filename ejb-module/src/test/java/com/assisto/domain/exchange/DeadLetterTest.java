package com.assisto.domain.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    private static DeadLetter letter() {
        return new DeadLetter(
                7L,
                ErpFlow.STOCK,
                "X@1",
                4L,
                Message.of("exchange.line", 4, Message.of("item.unknown", "X")),
                "X;1;2",
                AT);
    }

    @Test
    void keepsItsReasonAsAMessageReadInEachLanguage() {
        DeadLetter letter = letter();
        assertEquals("line 4: item X does not exist", letter.reason().text(Locale.ENGLISH));
        assertEquals("riga 4: l'articolo X non esiste", letter.reason().text(Locale.ITALIAN));
        assertEquals(DeadLetterStatus.OPEN, letter.getStatus());
    }

    @Test
    void aReplayTakesTheCorrectedPayloadAndWhoDidIt() {
        DeadLetter letter = letter();
        letter.replayed("Y;1;2", "office", AT.plusSeconds(60));
        assertEquals(DeadLetterStatus.REPLAYED, letter.getStatus());
        assertEquals("Y;1;2", letter.getPayload());
        assertEquals("office", letter.getResolvedBy());
        assertEquals(AT.plusSeconds(60), letter.getResolvedAt());
    }

    @Test
    void aReplayNeedsAPayloadAndOnlyAnOpenLetterIsReplayedOrDiscarded() {
        DeadLetter letter = letter();
        ValidationException blank = assertThrows(ValidationException.class, () -> letter.replayed(" ", "office", AT));
        assertEquals("payload", blank.getErrors().get(0).field());
        letter.discard("office", AT);
        ValidationException closed = assertThrows(ValidationException.class, () -> letter.replayed("Y", "office", AT));
        assertTrue(closed.getMessage().contains("discarded"), closed.getMessage());
    }
}
