package com.assisto.integration.erp.invoice;

import com.assisto.application.warranty.InvoiceDocument;
import com.assisto.integration.erp.StrictUtf8;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * The invoices of a file, the rows that could not be read (each with its line and reason) by
     * invoice number, and the file line of each invoice line, in the order of the invoice's lines.
     */
    record Parsed(
            List<InvoiceDocument> invoices, Map<String, List<String>> malformed, Map<String, List<Long>> fileLines) {

        /** Says where an intake error's field ({@code lines[2].serialNumbers[0]}) stands in the file. */
        String fileField(String invoice, String field) {
            Matcher position = LINE_FIELD.matcher(field);
            List<Long> lines = fileLines.getOrDefault(invoice, List.of());
            if (!position.matches() || Integer.parseInt(position.group(1)) >= lines.size()) {
                return field;
            }
            String column = switch (position.group(2)) {
                case "itemCode" -> "item";
                case "serialNumbers" -> "serials";
                default -> position.group(2);
            };
            return "line " + lines.get(Integer.parseInt(position.group(1))) + " (" + column + ")";
        }
    }

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)\\]\\.(\\w+).*");

    private InvoiceCsv() {}

    /** Parses a decoded file; its lines that were not UTF-8 reject the invoice they belong to. */
    static Parsed parse(StrictUtf8.Decoded file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        Map<String, Builder> invoices = new LinkedHashMap<>();
        Map<String, List<String>> malformed = new LinkedHashMap<>();
        var parser = format.parse(new StringReader(file.text()));
        List<String> missing = COLUMNS.stream()
                .filter(column -> !parser.getHeaderMap().containsKey(column))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks the columns " + missing + "; expected "
                    + "invoice;date;customer;line;item;quantity;serials");
        }
        if (file.badLines().stream().anyMatch(bad -> bad.line() == 1)) {
            throw new IllegalArgumentException(
                    "line 1: the header " + file.badLines().get(0).reason());
        }
        for (StrictUtf8.BadLine bad : file.badLines()) {
            String number = bad.lenientText().split(";", 2)[0].trim();
            malformed.computeIfAbsent(number, key -> new ArrayList<>()).add("line " + bad.line() + ": " + bad.reason());
        }
        Map<String, List<Long>> fileLines = new LinkedHashMap<>();
        for (CSVRecord row : parser) {
            // the parser's line count, not the record number: blank and blanked lines count as lines
            long line = parser.getCurrentLineNumber();
            String number = row.get("invoice");
            Builder invoice =
                    invoices.computeIfAbsent(number, key -> new Builder(key, row.get("date"), row.get("customer")));
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
                fileLines.computeIfAbsent(number, key -> new ArrayList<>()).add(line);
            } catch (NumberFormatException notANumber) {
                malformed
                        .computeIfAbsent(number, key -> new ArrayList<>())
                        .add("line " + line + ": line and quantity must be whole numbers");
            } catch (IllegalArgumentException | IllegalStateException badRow) {
                malformed
                        .computeIfAbsent(number, key -> new ArrayList<>())
                        .add("line " + line + ": " + badRow.getMessage());
            }
        }
        List<InvoiceDocument> documents = new ArrayList<>();
        for (Builder invoice : invoices.values()) {
            LocalDate date;
            try {
                date = LocalDate.parse(invoice.dateText);
            } catch (DateTimeParseException badDate) {
                malformed
                        .computeIfAbsent(invoice.number, key -> new ArrayList<>())
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
