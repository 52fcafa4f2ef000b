package com.assisto.integration.erp.exchange;

import com.assisto.integration.erp.StrictUtf8;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A semicolon-separated ERP file read as a stream, a line at a time, so a file of a million rows
 * is never held in memory. Each line is decoded as strict UTF-8 (a line that is not is reported
 * as such, naming the offending bytes, never stored with replacement characters) and split by
 * Commons CSV. The header must start with the layout's columns; optional columns may follow.
 */
public final class CsvFile implements Iterator<CsvFile.Row> {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).get();

    /**
     * A line of the file: its 1-based number, its text (as the ERP wrote it, for a dead letter),
     * and its fields, or, when it could not be read, why not.
     */
    public record Row(long line, String text, List<String> fields, String problem) {

        public boolean readable() {
            return problem == null;
        }

        /** The field at the index, or an empty text where the line is shorter. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private final InputStream in;
    private final List<String> header;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long lineNumber = 1;
    private Row next;

    /**
     * Opens the file and checks its header against the layout's columns; a header that differs
     * refuses the whole file with an {@link IllegalArgumentException} saying how.
     */
    public CsvFile(InputStream in, List<String> columns, List<String> optionalColumns) {
        this.in = new BufferedInputStream(in, 1 << 16);
        Row first = readLine();
        if (first == null) {
            throw new IllegalArgumentException(
                    "the file is empty: line 1 must be the header " + String.join(";", columns));
        }
        if (!first.readable()) {
            throw new IllegalArgumentException("line 1: the header " + first.problem());
        }
        List<String> names = first.fields().stream()
                .map(name -> name.replace("\uFEFF", "").toLowerCase(Locale.ROOT))
                .toList();
        List<String> allowed = new ArrayList<>(columns);
        allowed.addAll(optionalColumns);
        if (names.size() < columns.size()
                || names.size() > allowed.size()
                || !names.subList(0, columns.size()).equals(columns)
                || !allowed.subList(0, names.size()).equals(names)) {
            throw new IllegalArgumentException("line 1: the header is '" + String.join(";", names) + "', expected '"
                    + String.join(";", columns)
                    + (optionalColumns.isEmpty()
                            ? ""
                            : "' optionally followed by '" + String.join(";", optionalColumns))
                    + "'");
        }
        this.header = names;
        advance();
    }

    /** The columns the file's header names, the layout's and the optional ones it has. */
    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Row next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Row row = next;
        advance();
        return row;
    }

    private void advance() {
        Row row;
        do {
            row = readLine();
        } while (row != null && row.readable() && row.text().isBlank());
        next = row;
    }

    private Row readLine() {
        try {
            buffer.reset();
            int b = in.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                buffer.write(b);
                b = in.read();
            }
            long line = lineNumber++;
            byte[] bytes = buffer.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            String text;
            try {
                text = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            } catch (CharacterCodingException notUtf8) {
                return new Row(
                        line,
                        new String(bytes, 0, length, StandardCharsets.UTF_8),
                        List.of(),
                        StrictUtf8.reason(bytes, 0, length));
            }
            try {
                return new Row(line, text, split(text), null);
            } catch (IOException | IllegalStateException | UncheckedIOException unsplittable) {
                return new Row(line, text, List.of(), "cannot be split into fields: " + unsplittable.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String text) throws IOException {
        if (text.isBlank()) {
            return List.of();
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        }
    }
}
