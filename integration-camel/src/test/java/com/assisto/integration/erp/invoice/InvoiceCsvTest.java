package com.assisto.integration.erp.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.application.warranty.InvoiceDocument;
import com.assisto.integration.erp.StrictUtf8;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invoice files: rejections name the file's line (the header is line 1), blank lines counted. */
class InvoiceCsvTest {

    private static final String HEADER = "invoice;date;customer;line;item;quantity;serials\n";

    private static InvoiceCsv.Parsed parse(byte[] file) throws IOException {
        return InvoiceCsv.parse(StrictUtf8.decode(new ByteArrayInputStream(file)));
    }

    @Test
    void invoiceLinesKeepTheirFileLinesAndIntakeFieldsAreTranslatedToThem() throws IOException {
        InvoiceCsv.Parsed parsed =
                parse((HEADER + "F-1;2026-10-05;501.00001;1;LIFT;2;L-1|L-2\n\n" + "F-1;2026-10-05;501.00001;2;PRN;1;\n")
                        .getBytes(StandardCharsets.UTF_8));

        InvoiceDocument invoice = parsed.invoices().get(0);
        assertEquals(List.of("L-1", "L-2"), invoice.lines().get(0).serialNumbers());
        assertEquals(Map.of("F-1", List.of(2L, 4L)), parsed.fileLines());
        assertEquals("line 2 (serials)", parsed.fileField("F-1", "lines[0].serialNumbers[1]"));
        assertEquals("line 4 (item)", parsed.fileField("F-1", "lines[1].itemCode"));
        assertEquals("customerCode", parsed.fileField("F-1", "customerCode"));
    }

    @Test
    void aBadRowIsNamedByItsFileLine() throws IOException {
        InvoiceCsv.Parsed parsed =
                parse((HEADER + "F-2;2026-10-05;501.00001;1;LIFT;1;L-9\n\n" + "F-2;2026-10-05;501.00001;two;PRN;1;\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertEquals(Map.of("F-2", List.of("line 4: line and quantity must be whole numbers")), parsed.malformed());
    }

    @Test
    void aRowThatIsNotUtf8RejectsItsInvoiceAndNoOther() throws IOException {
        byte[] file = (HEADER + "F-3;2026-10-05;501.00001;1;LIFT;1;L-3\n"
                        + "F-3;2026-10-05;501.00001;2;Caffè;1;\n"
                        + "F-4;2026-10-05;501.00001;1;PRN;1;\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        InvoiceCsv.Parsed parsed = parse(file);

        assertEquals(
                Map.of(
                        "F-3",
                        List.of("line 3: is not valid UTF-8 (byte 0xE8 at column 32); the file must be saved"
                                + " as UTF-8")),
                parsed.malformed());
        assertEquals(
                List.of("F-3", "F-4"),
                parsed.invoices().stream().map(InvoiceDocument::number).toList());
        assertEquals(
                List.of(1),
                parsed.invoices().get(0).lines().stream()
                        .map(InvoiceDocument.Line::lineNumber)
                        .toList());
    }
}
