package com.assisto.integration.erp.customer;

import com.assisto.domain.customer.CustomerImport;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.shared.Address;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the ERP's customers.csv (';'-separated, fixed header, see DOMAIN.md) into registry rows.
 * A file whose header is wrong is refused whole; a row with the wrong number of fields is
 * reported with its line and the others are kept.
 */
public final class CustomerCsv {

    static final String[] HEADER = {
        "codice",
        "ragione_sociale",
        "partita_iva",
        "codice_fiscale",
        "indirizzo",
        "cap",
        "localita",
        "provincia",
        "email",
        "pec",
        "codice_sdi",
        "cod_pagamento"
    };

    private CustomerCsv() {}

    /** The rows read, and the lines that could not even be read as a customer. */
    public record Parsed(List<CustomerImport.Row> rows, List<Malformed> malformed) {}

    /** A line that is not a customer row, and why. */
    public record Malformed(long line, String reason) {}

    public static Parsed parse(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<CustomerImport.Row> rows = new ArrayList<>();
            List<Malformed> malformed = new ArrayList<>();
            boolean headerRead = false;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!headerRead) {
                    checkHeader(record);
                    headerRead = true;
                    continue;
                }
                if (record.size() != HEADER.length) {
                    malformed.add(new Malformed(
                            line, "expected " + HEADER.length + " fields separated by ';', found " + record.size()));
                    continue;
                }
                rows.add(new CustomerImport.Row(line, registry(record)));
            }
            if (!headerRead) {
                throw new InvalidCustomerFileException(
                        "the file is empty: expected the header " + String.join(";", HEADER));
            }
            return new Parsed(rows, malformed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidCustomerFileException("the file is not valid CSV: " + e.getMessage());
        }
    }

    private static void checkHeader(CSVRecord header) {
        List<String> found = new ArrayList<>();
        header.forEach(
                name -> found.add(name.trim().toLowerCase(java.util.Locale.ROOT).replace("\uFEFF", "")));
        if (!found.equals(List.of(HEADER))) {
            throw new InvalidCustomerFileException(
                    "line 1: header is '" + String.join(";", found) + "', expected '" + String.join(";", HEADER) + "'");
        }
    }

    private static CustomerRegistry registry(CSVRecord record) {
        Address address = new Address(record.get(4), record.get(5), record.get(6), record.get(7), "IT");
        return new CustomerRegistry(
                record.get(0),
                record.get(1),
                record.get(2),
                record.get(3),
                null,
                address,
                record.get(8),
                record.get(9),
                record.get(10),
                record.get(11));
    }
}
