package com.assisto.integration.erp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an ERP file that must be UTF-8, line by line, and says which lines are not. A lenient
 * reader would store a replacement character where the ERP exported ISO-8859-1 ("Città" as
 * "Citt\uFFFD"); here the text keeps the line so the CSV reader still finds its fields and line
 * number, and the caller rejects that row with the reason instead of storing it.
 */
public final class StrictUtf8 {

    /** The file's text and the 1-based numbers of the lines that are not valid UTF-8. */
    public record Decoded(String text, Set<Long> invalidLines) {

        public boolean isInvalid(long line) {
            return invalidLines.contains(line);
        }
    }

    /** The reason given for such a line in an import report. */
    public static final String REASON = "is not valid UTF-8 text (the ERP must export UTF-8): the row was not imported";

    private StrictUtf8() {
    }

    public static Decoded decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        Set<Long> invalid = new TreeSet<>();
        long line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i == bytes.length ? i : i + 1;
                ByteBuffer slice = ByteBuffer.wrap(bytes, start, end - start);
                try {
                    text.append(strict().decode(slice));
                } catch (CharacterCodingException e) {
                    invalid.add(line);
                    text.append(StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, start, end - start)));
                }
                line++;
                start = end;
            }
        }
        return new Decoded(text.toString(), Set.copyOf(invalid));
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
