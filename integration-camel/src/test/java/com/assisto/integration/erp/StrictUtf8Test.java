package com.assisto.integration.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void aLineWrittenInIso88591IsNamedAndTheOthersAreKept() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("codice;localita\n".getBytes(StandardCharsets.UTF_8));
        file.write("1;Città\n".getBytes(StandardCharsets.UTF_8));
        file.write("2;Città\n".getBytes(StandardCharsets.ISO_8859_1));
        file.write("3;Forlì".getBytes(StandardCharsets.UTF_8));
        StrictUtf8.Decoded decoded = StrictUtf8.decode(file.toByteArray());
        assertEquals(Set.of(3L), decoded.invalidLines());
        assertTrue(decoded.text().startsWith("codice;localita\n1;Città\n2;Citt"));
        assertTrue(decoded.text().endsWith("\n3;Forlì"), "the line count stays right after a bad line");
    }

    @Test
    void aValidFileHasNoInvalidLine() {
        assertEquals(Set.of(), StrictUtf8.decode("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8)).invalidLines());
        assertEquals("a\r\nb\r\n", StrictUtf8.decode("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8)).text());
    }
}
