package com.assisto.integration.erp.invoice;

import com.assisto.application.warranty.InvoiceDocument;
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

    /** The invoices of a file, and the rows that could not be read, each with its line and reason. */
    record Parsed(List<InvoiceDocument> invoices, Map<String, List<String>> malformed) {
    }

    private InvoiceCsv() {
    }

    static Parsed parse(Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        Map<String, Builder> invoices = new LinkedHashMap<>();
        Map<String, List<String>> malformed = new LinkedHashMap<>();
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
                if (!invoice.dateText.equals(row.get("date")) || !invoice.customer.equals(row.get("customer"))) {
                    throw new IllegalArgumentException("date and customer differ from the invoice's first row");
                }
                int lineNumber = Integer.parseInt(row.get("line"));
                int quantity = Integer.parseInt(row.get("quantity"));
                List<String> serials = row.get("serials").isBlank() ? List.of()
                        : Arrays.stream(row.get("serials").split("\\|")).map(String::trim).toList();
                invoice.lines.add(new InvoiceDocument.Line(lineNumber, row.get("item"), quantity, serials));
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
        return new Parsed(documents, malformed);
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
