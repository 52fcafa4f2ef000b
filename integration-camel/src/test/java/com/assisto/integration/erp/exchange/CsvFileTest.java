package com.assisto.integration.erp.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final List<String> COLUMNS = List.of("a", "b");

    private static CsvFile file(byte[] bytes) {
        return new CsvFile(new ByteArrayInputStream(bytes), COLUMNS, List.of("c"));
    }

    private static CsvFile file(String text) {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRowsWithTheirLineNumbersSkippingBlankLinesAndQuotedSemicolons() {
        CsvFile file = file("\uFEFFA;B;C\r\n1;\"x;y\";3\n\n2;z;\n");
        assertEquals(List.of("a", "b", "c"), file.header());
        CsvFile.Row first = file.next();
        assertEquals(2, first.line());
        assertEquals(List.of("1", "x;y", "3"), first.fields());
        CsvFile.Row second = file.next();
        assertEquals(4, second.line());
        assertEquals("", second.field(2));
        assertFalse(file.hasNext());
    }

    @Test
    void aHeaderOtherThanTheLayoutsRefusesTheFile() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> file("a;x\n1;2\n"));
        assertTrue(wrong.getMessage().contains("the header is 'a;x', expected 'a;b'"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> file("a;b;c;d\n"));
        assertThrows(IllegalArgumentException.class, () -> file(""));
    }

    @Test
    void aLineThatIsNotUtf8IsReportedWithItsBytesAndTheOthersAreRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("a;b\n1;caff".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE8); // è in ISO-8859-1
        bytes.write("\n2;ok\n".getBytes(StandardCharsets.UTF_8));
        CsvFile file = file(bytes.toByteArray());
        CsvFile.Row bad = file.next();
        assertFalse(bad.readable());
        assertEquals(2, bad.line());
        assertTrue(bad.problem().contains("0xE8"), bad.problem());
        assertEquals(List.of("2", "ok"), file.next().fields());
    }
}
