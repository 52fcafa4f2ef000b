package com.assisto.integration.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict decoding of ERP files: a line that is not UTF-8 is named by its number, the others keep theirs. */
class StrictUtf8Test {

    private static byte[] bytes(String... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i++) {
            // odd parts are ISO-8859-1, as a Windows ERP writes "Caffè"
            out.write(parts[i].getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    @Test
    void anIso88591LineIsReportedWithItsNumberAndBlankedOthersKept() throws IOException {
        StrictUtf8.Decoded decoded =
                StrictUtf8.decode(new ByteArrayInputStream(bytes("h1;h2\nCittà;ok\nCaff", "è", ";bad\r\nlast;row")));

        assertEquals("h1;h2\nCittà;ok\n\nlast;row", decoded.text());
        assertEquals(1, decoded.badLines().size());
        StrictUtf8.BadLine bad = decoded.badLines().get(0);
        assertEquals(3, bad.line());
        assertEquals("is not valid UTF-8 (byte 0xE8 at column 5); the file must be saved as UTF-8", bad.reason());
        assertEquals("Caff\uFFFD;bad\r", bad.lenientText());
    }

    @Test
    void validUtf8PassesUnchangedWithItsByteOrderMark() throws IOException {
        String text = "\uFEFFa;b\r\nGiò;Müller\n";

        StrictUtf8.Decoded decoded = StrictUtf8.decode(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(text, decoded.text());
        assertEquals(List.of(), decoded.badLines());
    }

    @Test
    void aTruncatedMultiByteSequenceIsRefused() throws IOException {
        byte[] truncated = {'o', 'k', '\n', 'x', (byte) 0xE2, (byte) 0x82, '\n'};

        StrictUtf8.Decoded decoded = StrictUtf8.decode(new ByteArrayInputStream(truncated));

        assertEquals(
                List.of(2L),
                decoded.badLines().stream().map(StrictUtf8.BadLine::line).toList());
        assertEquals("ok\n\n", decoded.text());
    }
}
