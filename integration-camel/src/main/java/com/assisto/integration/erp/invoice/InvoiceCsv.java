package com.assisto.integration.erp.invoice;

import com.assisto.application.warranty.InvoiceDocument;
import com.assisto.domain.shared.Message;
import com.assisto.integration.erp.StrictUtf8;
import com.assisto.integration.erp.exchange.Parsed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The invoice-lines layout the ERP exports: semicolon-separated, UTF-8, with the header
 * {@link #HEADER} — one row per invoiced item, the invoice's number, date (ISO) and customer code
 * repeated on each of its rows, serial numbers separated by {@code |} (as many as the quantity, or
 * none). A file may hold several invoices, each read as one record whose text is its rows: a row
 * that cannot be read (not UTF-8, not a number, another date or customer than the invoice's
 * first row) makes its whole invoice unreadable, naming the row's line. Invoices are small, so a
 * file is read whole.
 */
final class InvoiceCsv {

    static final String HEADER = "invoice;date;customer;line;item;quantity;serials";
    private static final Set<String> COLUMNS = Set.of(HEADER.split(";"));

    private InvoiceCsv() {}

    /** The invoices of a file, in the order they first appear. */
    static Iterator<Parsed<InvoiceRecord>> read(InputStream in) {
        try {
            return parse(StrictUtf8.decode(in)).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The invoice a dead letter keeps: its rows, without the header. */
    static Parsed<InvoiceRecord> rows(String text) {
        Iterator<Parsed<InvoiceRecord>> invoices =
                read(new ByteArrayInputStream((HEADER + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        if (!invoices.hasNext()) {
            return Parsed.unreadable(null, null, text, Message.of("deadLetter.payload.required"));
        }
        return invoices.next();
    }

    private static List<Parsed<InvoiceRecord>> parse(StrictUtf8.Decoded file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        var parser = format.parse(new StringReader(file.text()));
        List<String> missing = COLUMNS.stream()
                .filter(column -> !parser.getHeaderMap().containsKey(column))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "line 1: the header lacks the columns " + missing + "; expected " + HEADER);
        }
        if (file.badLines().stream().anyMatch(bad -> bad.line() == 1)) {
            throw new IllegalArgumentException(
                    "line 1: the header " + file.badLines().get(0).reason());
        }
        List<String> texts = new ArrayList<>(Arrays.asList(file.text().split("\r?\n", -1)));
        Map<String, Invoice> invoices = new LinkedHashMap<>();
        for (StrictUtf8.BadLine bad : file.badLines()) {
            String number = bad.lenientText().split(";", 2)[0].trim();
            Invoice invoice = invoices.computeIfAbsent(number, Invoice::new);
            invoice.rows.add(bad.line());
            // the decoded text has the line blanked: its dead letter keeps what could be read of it
            if (bad.line() <= texts.size()) {
                texts.set((int) (bad.line() - 1), bad.lenientText());
            }
            invoice.problems.add("line " + bad.line() + ": " + bad.reason());
        }
        for (CSVRecord row : parser) {
            // the parser's line count, not the record number: blank and blanked lines count as lines
            long line = parser.getCurrentLineNumber();
            Invoice invoice = invoices.computeIfAbsent(row.get("invoice"), Invoice::new);
            invoice.rows.add(line);
            if (invoice.dateText == null) {
                invoice.dateText = row.get("date");
                invoice.customer = row.get("customer");
            }
            try {
                if (!invoice.dateText.equals(row.get("date")) || !invoice.customer.equals(row.get("customer"))) {
                    throw new IllegalArgumentException("date and customer differ from the invoice's first row");
                }
                int lineNumber = Integer.parseInt(row.get("line"));
                int quantity = Integer.parseInt(row.get("quantity"));
                List<String> serials = row.get("serials").isBlank()
                        ? List.of()
                        : Arrays.stream(row.get("serials").split("\\|"))
                                .map(String::trim)
                                .toList();
                invoice.lines.add(new InvoiceDocument.Line(lineNumber, row.get("item"), quantity, serials));
                invoice.lineRows.add(line);
            } catch (NumberFormatException notANumber) {
                invoice.problems.add("line " + line + ": line and quantity must be whole numbers");
            } catch (IllegalArgumentException | IllegalStateException badRow) {
                invoice.problems.add("line " + line + ": " + badRow.getMessage());
            }
        }
        return invoices.values().stream().map(invoice -> invoice.parsed(texts)).toList();
    }

    /** An invoice as its rows are read. */
    private static final class Invoice {
        private final String number;
        private final Set<Long> rows = new TreeSet<>();
        private final List<Long> lineRows = new ArrayList<>();
        private final List<InvoiceDocument.Line> lines = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private String dateText;
        private String customer;

        Invoice(String number) {
            this.number = number;
        }

        Parsed<InvoiceRecord> parsed(List<String> texts) {
            String payload = String.join(
                    "\n",
                    rows.stream()
                            .map(row -> row <= texts.size() ? texts.get((int) (row - 1)) : "")
                            .toList());
            LocalDate date = null;
            if (dateText != null) {
                try {
                    date = LocalDate.parse(dateText);
                } catch (DateTimeParseException badDate) {
                    problems.add("date '" + dateText + "' is not a date like 2026-11-23");
                }
            }
            if (!problems.isEmpty()) {
                return Parsed.unreadable(
                        null, number, payload, Message.of("exchange.label", String.join("; ", problems)));
            }
            return Parsed.of(
                    null,
                    number,
                    payload,
                    new InvoiceRecord(new InvoiceDocument(number, date, customer, List.copyOf(lines)), lineRows));
        }
    }
}
