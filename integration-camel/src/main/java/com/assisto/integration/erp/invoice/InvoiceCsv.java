package com.assisto.integration.erp.invoice;

import com.assisto.application.warranty.InvoiceDocument;
import com.assisto.integration.erp.StrictUtf8;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The invoice-lines layout the ERP exports: semicolon-separated, UTF-8, with the header
 * {@code invoice;date;customer;line;item;quantity;serials} — one row per invoiced item, the
 * invoice's number, date (ISO) and customer code repeated on each of its rows, serial numbers
 * separated by {@code |} (as many as the quantity, or none). A file may hold several invoices.
 */
final class InvoiceCsv {

    static final Set<String> COLUMNS = Set.of("invoice", "date", "customer", "line", "item", "quantity", "serials");

    /**
     * The invoices of a file, the rows that could not be read (each with its line and reason), and
     * the file line of each invoice line, in the order of the invoice's lines, so that a refusal
     * names the line of the file rather than a position in the invoice.
     */
    record Parsed(List<InvoiceDocument> invoices, Map<String, List<String>> malformed, Map<String, List<Long>> fileLines) {

        /** The refused field as the file's author knows it: {@code lines[2].serialNumbers} → {@code line 5}. */
        String inFile(String invoice, String field) {
            java.util.regex.Matcher position = java.util.regex.Pattern.compile("^lines\\[(\\d+)\\]( \\(invoice line \\d+\\))?")
                    .matcher(field);
            List<Long> lines = fileLines.getOrDefault(invoice, List.of());
            if (position.find() && Integer.parseInt(position.group(1)) < lines.size()) {
                return "line " + lines.get(Integer.parseInt(position.group(1))) + field.substring(position.end());
            }
            return field;
        }
    }

    /** Reads the file as UTF-8, strictly: a row that is not valid UTF-8 refuses its invoice, naming the line. */
    static Parsed parse(byte[] file) throws IOException {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(file);
        return parse(new java.io.StringReader(decoded.text()), decoded.invalidLines());
    }

    private InvoiceCsv() {
    }

    private static Parsed parse(Reader csv, Set<Long> notUtf8) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        Map<String, Builder> invoices = new LinkedHashMap<>();
        Map<String, List<String>> malformed = new LinkedHashMap<>();
        Map<String, List<Long>> fileLines = new LinkedHashMap<>();
        var parser = format.parse(csv);
        List<String> missing = COLUMNS.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks the columns " + missing + "; expected "
                    + "invoice;date;customer;line;item;quantity;serials");
        }
        for (CSVRecord row : parser) {
            long line = row.getRecordNumber() + 1;
            String number = row.get("invoice");
            Builder invoice = invoices.computeIfAbsent(number, key -> new Builder(key, row.get("date"), row.get("customer")));
            try {
                if (notUtf8.contains(line)) {
                    throw new IllegalArgumentException(StrictUtf8.REASON);
                }
                if (!invoice.dateText.equals(row.get("date")) || !invoice.customer.equals(row.get("customer"))) {
                    throw new IllegalArgumentException("date and customer differ from the invoice's first row");
                }
                int lineNumber = Integer.parseInt(row.get("line"));
                int quantity = Integer.parseInt(row.get("quantity"));
                List<String> serials = row.get("serials").isBlank() ? List.of()
                        : Arrays.stream(row.get("serials").split("\\|")).map(String::trim).toList();
                invoice.lines.add(new InvoiceDocument.Line(lineNumber, row.get("item"), quantity, serials));
                fileLines.computeIfAbsent(number, key -> new ArrayList<>()).add(line);
            } catch (NumberFormatException notANumber) {
                malformed.computeIfAbsent(number, key -> new ArrayList<>())
                        .add("line " + line + ": line and quantity must be whole numbers");
            } catch (IllegalArgumentException | IllegalStateException badRow) {
                malformed.computeIfAbsent(number, key -> new ArrayList<>()).add("line " + line + ": "
                        + badRow.getMessage());
            }
        }
        List<InvoiceDocument> documents = new ArrayList<>();
        for (Builder invoice : invoices.values()) {
            LocalDate date;
            try {
                date = LocalDate.parse(invoice.dateText);
            } catch (DateTimeParseException badDate) {
                malformed.computeIfAbsent(invoice.number, key -> new ArrayList<>())
                        .add("date '" + invoice.dateText + "' is not a date like 2026-11-23");
                continue;
            }
            documents.add(new InvoiceDocument(invoice.number, date, invoice.customer, List.copyOf(invoice.lines)));
        }
        return new Parsed(documents, malformed, fileLines);
    }

    private static final class Builder {
        private final String number;
        private final String dateText;
        private final String customer;
        private final List<InvoiceDocument.Line> lines = new ArrayList<>();

        Builder(String number, String dateText, String customer) {
            this.number = number;
            this.dateText = dateText;
            this.customer = customer;
        }
    }
}
