package com.assisto.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageTest {

    private static final Locale ITALIAN = Locale.ITALIAN;

    @Test
    void readsInTheReadersLanguageWithTheRecordNamed() {
        Message missing = Message.of("notFound", Message.of("entity.Contract"), "C-7");

        assertEquals("Contract C-7 does not exist", missing.text(Locale.ENGLISH));
        assertEquals("Contratto C-7 non esiste", missing.text(ITALIAN));
        assertEquals("Contract C-7 does not exist", missing.toString());
    }

    @Test
    void englishIsTheBaseBundleWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALY);
            assertEquals(
                    "Contract C-7 does not exist",
                    Message.of("notFound", Message.of("entity.Contract"), "C-7").text(Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anApostropheIsTextAndNumbersAreLongs() {
        Message stale = Message.of("access.customerUnbound", "rossi");

        assertEquals("L'utente cliente rossi non è collegato a un cliente", stale.text(ITALIAN));
        assertEquals(
                "Contratto 5 è stato modificato da un altro utente (hai modificato la versione 2, ora è alla versione 3): "
                        + "ricaricalo e ripeti la modifica",
                Message.of("stale", Message.of("entity.Contract"), "5", 2, 3L).text(ITALIAN));
    }

    @Test
    void aKeyWithoutATextShowsTheKeyAndItsArguments() {
        assertEquals("no.such.key [7]", Message.of("no.such.key", 7).text(ITALIAN));
    }

    @Test
    void survivesBeingStoredWithEveryKindOfArgument() {
        Message stored = Message.of(
                "notFound.of",
                Message.of("entity.ContractLine"),
                new BigDecimal("1234.50"),
                List.of(LocalDate.of(2026, 3, 1), "x"),
                42L);

        Message read = Message.decode(stored.encode());

        assertEquals(stored, read);
        assertEquals(stored.text(ITALIAN), read.text(ITALIAN));
    }

    @Test
    void textStoredBeforeMessagesComesBackAsItWas() {
        assertEquals("Renewed at 700.00", Message.decode("Renewed at 700.00").text(ITALIAN));
        assertEquals("{broken", Message.decode("{broken").text(ITALIAN));
        assertNull(Message.decode(" "));
    }

    @Test
    void listsReadAsWordsAndDatesInTheReadersFormat() {
        Message message = Message.of("notFound", List.of("A", "B", "C"), LocalDate.of(2026, 12, 3));

        assertEquals("A, B e C 03/12/2026 non esiste", message.text(ITALIAN));
        assertEquals("A, B and C 2026-12-03 does not exist", message.text(Locale.ENGLISH));
    }
}
