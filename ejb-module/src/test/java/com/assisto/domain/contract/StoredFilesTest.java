package com.assisto.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldsConverter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredFilesTest {

    @Test
    void uploadsAreRecognisedByTheirContentAndSizeLimited() {
        byte[] pdf = "%PDF-1.7\n…".getBytes(StandardCharsets.UTF_8);
        assertEquals(FileType.PDF, FileType.check("scan.pdf", pdf, 1000));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        assertEquals("image/png", FileType.check("photo.png", png, 1000).mediaType());

        ValidationException renamed = assertThrows(
                ValidationException.class,
                () -> FileType.check("contract.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 1000));
        assertEquals("file contract.pdf is not a PDF, PNG, JPEG or TIFF file", renamed.getMessage());
        ValidationException big = assertThrows(ValidationException.class, () -> FileType.check("big.pdf", pdf, 5));
        assertEquals("file big.pdf has " + pdf.length + " bytes; the limit is 5 bytes", big.getMessage());
        assertThrows(ValidationException.class, () -> FileType.check("empty.pdf", new byte[0], 5));
    }

    @Test
    void fileNamesLoseDirectoriesAndOddCharacters() {
        assertEquals("passwd", ContractFile.safeName("../../etc/passwd"));
        assertEquals("scan_1_.pdf", ContractFile.safeName("C:\\Users\\x\\scan<1>.pdf"));
        assertEquals("file.htaccess", ContractFile.safeName(".htaccess"));
        assertEquals("file", ContractFile.safeName("  "));
    }

    @Test
    void attachmentsAreFingerprinted() {
        Contract contract = Fixtures.quote(Fixtures.fullService(), LocalDate.of(2026, 1, 1));
        ContractFile file = ContractFile.attachment(
                contract,
                "signed.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
                1000,
                "office",
                Instant.parse("2026-01-02T10:00:00Z"));
        assertEquals("application/pdf", file.getMediaType());
        assertEquals(8, file.getSizeBytes());
        assertEquals(64, file.getSha256().length());
    }

    @Test
    void customFieldValuesSurviveTheTripThroughTheDatabaseColumn() {
        CustomFieldsConverter converter = new CustomFieldsConverter();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("responseHours", new BigDecimal("8.5"));
        values.put("signedOn", "2026-01-15");
        values.put("visits", List.of(Map.of("month", new BigDecimal("3"), "task", "Cleaning")));
        String json = converter.convertToDatabaseColumn(values);
        assertEquals(
                "{\"responseHours\":8.5,\"signedOn\":\"2026-01-15\",\"visits\":[{\"month\":3,\"task\":\"Cleaning\"}]}",
                json.replace("{\"task\":\"Cleaning\",\"month\":3}", "{\"month\":3,\"task\":\"Cleaning\"}"));
        assertEquals(values, converter.convertToEntityAttribute(json));
        assertEquals(Map.of(), converter.convertToEntityAttribute(null));
    }
}
