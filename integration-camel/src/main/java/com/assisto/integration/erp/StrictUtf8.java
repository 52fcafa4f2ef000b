package com.assisto.integration.erp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an ERP file line by line, refusing what is not UTF-8 instead of storing replacement
 * characters. A bad line is blanked in the text handed to the CSV parser, which skips empty lines,
 * so every other line keeps its number and the caller reports the bad one by its own.
 */
public final class StrictUtf8 {

    private StrictUtf8() {}

    /** The file's text with each undecodable line left empty, and those lines. */
    public record Decoded(String text, List<BadLine> badLines) {}

    /**
     * A line that is not UTF-8: its 1-based number, why, and its text decoded leniently
     * (replacement characters), only so the caller can tell which record it belonged to.
     */
    public record BadLine(long line, String reason, String lenientText) {}

    public static Decoded decode(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder(bytes.length);
        List<BadLine> bad = new ArrayList<>();
        long line = 1;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            ByteBuffer content = ByteBuffer.wrap(bytes, start, end - start);
            try {
                text.append(decoder.reset().decode(content));
            } catch (CharacterCodingException notUtf8) {
                bad.add(new BadLine(
                        line,
                        reason(bytes, start, end),
                        new String(bytes, start, end - start, StandardCharsets.UTF_8)));
            }
            if (end < bytes.length) {
                text.append('\n');
            }
            start = end + 1;
            line++;
        }
        return new Decoded(text.toString(), List.copyOf(bad));
    }

    /** Names the first offending bytes and where they stand, so the ERP side can find them. */
    public static String reason(byte[] bytes, int start, int end) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, end - start);
        CharBuffer output = CharBuffer.allocate(end - start + 1);
        CoderResult result = decoder.decode(input, output, true);
        int at = input.position();
        int length = result.isError() ? result.length() : 1;
        StringBuilder hex = new StringBuilder();
        for (int i = at; i < Math.min(end, at + length); i++) {
            hex.append(hex.isEmpty() ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return "is not valid UTF-8 (byte " + hex + " at column " + (output.position() + 1)
                + "); the file must be saved as UTF-8";
    }
}
