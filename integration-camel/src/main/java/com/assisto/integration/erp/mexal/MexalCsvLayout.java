package com.assisto.integration.erp.mexal;

import com.assisto.domain.shared.Message;
import com.assisto.integration.erp.exchange.CsvFile;
import com.assisto.integration.erp.exchange.Parsed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * A Mexal transfer file's layout: its columns (and optional trailing ones), the record's key at
 * the ERP, and how a row becomes a record. What every layout checks the same way (the bytes are
 * UTF-8, the row has the header's width, each value reads) is done here once.
 */
final class MexalCsvLayout<R> {

    /** Makes the record of a row that has the header's width. */
    @FunctionalInterface
    interface RowMapper<R> {
        R record(CsvFile.Row row, int width) throws MexalValues.BadValue;
    }

    private final List<String> columns;
    private final List<String> optional;
    private final Function<CsvFile.Row, String> key;
    private final RowMapper<R> mapper;

    MexalCsvLayout(
            List<String> columns, List<String> optional, Function<CsvFile.Row, String> key, RowMapper<R> mapper) {
        this.columns = List.copyOf(columns);
        this.optional = List.copyOf(optional);
        this.key = key;
        this.mapper = mapper;
    }

    List<String> columns() {
        return columns;
    }

    /** The file's records, as they are read. */
    Iterator<Parsed<R>> read(InputStream in) {
        CsvFile file = new CsvFile(in, columns, optional);
        int width = file.header().size();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return file.hasNext();
            }

            @Override
            public Parsed<R> next() {
                return parse(file.next(), width);
            }
        };
    }

    /**
     * One line of the layout without its header, as a dead letter keeps it; the optional columns
     * are taken as present when the line has more fields than the required ones.
     */
    Parsed<R> line(String text) {
        int fields = text.split(";", -1).length;
        List<String> header = new java.util.ArrayList<>(columns);
        header.addAll(optional.subList(0, Math.max(0, Math.min(optional.size(), fields - columns.size()))));
        Iterator<Parsed<R>> records = read(
                new ByteArrayInputStream((String.join(";", header) + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        if (!records.hasNext()) {
            return Parsed.unreadable(null, null, text, Message.of("deadLetter.payload.required"));
        }
        Parsed<R> read = records.next();
        return new Parsed<>(null, read.key(), read.payload(), read.record(), read.problem());
    }

    private Parsed<R> parse(CsvFile.Row row, int width) {
        long line = row.line();
        if (!row.readable()) {
            return Parsed.unreadable(line, null, row.text(), Message.of("exchange.notUtf8", row.problem()));
        }
        String recordKey = key.apply(row);
        if (row.fields().size() != width) {
            return Parsed.unreadable(
                    line,
                    recordKey,
                    row.text(),
                    Message.of("exchange.columns", row.fields().size(), width));
        }
        try {
            return Parsed.of(line, recordKey, row.text(), mapper.record(row, width));
        } catch (MexalValues.BadValue bad) {
            return Parsed.unreadable(line, recordKey, row.text(), bad.problem());
        }
    }
}
