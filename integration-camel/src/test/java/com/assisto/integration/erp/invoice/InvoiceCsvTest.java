package com.assisto.integration.erp.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.application.warranty.InvoiceDocument;
import com.assisto.integration.erp.exchange.Parsed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Invoice files: an invoice is a record of its rows; problems name the file's line (the header is line 1). */
class InvoiceCsvTest {

    private static final String HEADER = "invoice;date;customer;line;item;quantity;serials\n";

    private static List<Parsed<InvoiceRecord>> read(byte[] file) {
        List<Parsed<InvoiceRecord>> invoices = new ArrayList<>();
        InvoiceCsv.read(new ByteArrayInputStream(file)).forEachRemaining(invoices::add);
        return invoices;
    }

    private static String problem(Parsed<InvoiceRecord> invoice) {
        return invoice.problem().text(Locale.ENGLISH);
    }

    @Test
    void invoiceLinesKeepTheirFileLinesAndIntakeFieldsAreTranslatedToThem() {
        List<Parsed<InvoiceRecord>> invoices = read((HEADER
                        + "F-1;2026-10-05;501.00001;1;LIFT;2;L-1|L-2\n\n"
                        + "F-9;2026-10-06;501.00002;1;PRN;1;\n"
                        + "F-1;2026-10-05;501.00001;2;PRN;1;\n")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("F-1", "F-9"), invoices.stream().map(Parsed::key).toList());
        InvoiceRecord invoice = invoices.get(0).record();
        assertEquals(List.of("L-1", "L-2"), invoice.document().lines().get(0).serialNumbers());
        assertEquals(List.of(2L, 5L), invoice.fileLines());
        assertEquals("line 2 (serials)", invoice.fileField("lines[0].serialNumbers[1]"));
        assertEquals("line 5 (item)", invoice.fileField("lines[1].itemCode"));
        assertEquals("customerCode", invoice.fileField("customerCode"));
        assertEquals(
                "F-1;2026-10-05;501.00001;1;LIFT;2;L-1|L-2\nF-1;2026-10-05;501.00001;2;PRN;1;",
                invoices.get(0).payload(),
                "the invoice's rows as the ERP wrote them");
    }

    @Test
    void aBadRowMakesItsInvoiceUnreadableNamingTheRowsLine() {
        List<Parsed<InvoiceRecord>> invoices = read((HEADER
                        + "F-2;2026-10-05;501.00001;1;LIFT;1;L-9\n\n"
                        + "F-2;2026-10-05;501.00001;two;PRN;1;\n"
                        + "F-5;2026-10-05;501.00001;1;PRN;1;\n")
                .getBytes(StandardCharsets.UTF_8));

        assertFalse(invoices.get(0).readable());
        assertEquals("line 4: line and quantity must be whole numbers", problem(invoices.get(0)));
        assertTrue(invoices.get(1).readable(), "the other invoice is read");
    }

    @Test
    void aRowThatIsNotUtf8RejectsItsInvoiceAndNoOther() {
        byte[] file = (HEADER + "F-3;2026-10-05;501.00001;1;LIFT;1;L-3\n"
                        + "F-3;2026-10-05;501.00001;2;Caffè;1;\n"
                        + "F-4;2026-10-05;501.00001;1;PRN;1;\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        List<Parsed<InvoiceRecord>> invoices = read(file);

        assertEquals(List.of("F-3", "F-4"), invoices.stream().map(Parsed::key).toList());
        assertEquals(
                "line 3: is not valid UTF-8 (byte 0xE8 at column 32); the file must be saved as UTF-8",
                problem(invoices.get(0)));
        assertTrue(invoices.get(0).payload().contains("Caff"), invoices.get(0).payload());
        assertEquals(
                List.of(1),
                invoices.get(1).record().document().lines().stream()
                        .map(InvoiceDocument.Line::lineNumber)
                        .toList());
    }

    @Test
    void aDeadLettersRowsAreReadAgainAsTheirInvoice() {
        Parsed<InvoiceRecord> corrected = InvoiceCsv.rows("F-6;2026-10-05;501.00001;1;LIFT;1;L-6");

        assertTrue(corrected.readable());
        assertEquals("F-6", corrected.record().document().number());
        assertEquals(
                List.of("L-6"), corrected.record().document().lines().get(0).serialNumbers());
    }

    @Test
    void aFileWithoutTheLayoutsColumnsIsRefusedWhole() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> read("number;date\nF-7;2026-10-05\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().startsWith("line 1: the header lacks the columns"), refused.getMessage());
    }
}
