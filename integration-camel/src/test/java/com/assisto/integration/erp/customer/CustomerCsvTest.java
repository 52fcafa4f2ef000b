package com.assisto.integration.erp.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerCsvTest {

    @Test
    void aRowThatIsNotUtf8IsRejectedWithItsLineAndTheOthersAreRead() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write((String.join(";", CustomerCsv.HEADER) + "\n").getBytes(StandardCharsets.UTF_8));
        file.write("501.1;Bar Città;01234567897;;Via Po 1;10121;Torino;TO;;;;RB30\n".getBytes(StandardCharsets.UTF_8));
        file.write("501.2;Bar Città;01234567897;;Via Po 2;10121;Torino;TO;;;;RB30\n".getBytes(StandardCharsets.ISO_8859_1));
        file.write("501.3;Bar Forlì;01234567897;;Via Po 3;10121;Torino;TO;;;;RB30\n".getBytes(StandardCharsets.UTF_8));
        CustomerCsv.Parsed parsed = CustomerCsv.parse(file.toByteArray());
        assertEquals(List.of(2L, 4L), parsed.rows().stream().map(row -> row.line()).toList());
        assertEquals("Bar Città", parsed.rows().get(0).registry().name());
        assertEquals(List.of(new CustomerCsv.Malformed(3, "is not valid UTF-8 text (the ERP must export UTF-8): the row"
                + " was not imported")), parsed.malformed());
    }
}
