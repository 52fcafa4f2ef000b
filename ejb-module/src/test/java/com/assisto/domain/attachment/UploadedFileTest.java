package com.assisto.domain.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.ValidationException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Uploads recognised by their bytes, size-limited, named safely and fingerprinted; images get thumbnails. */
class UploadedFileTest {

    @Test
    void uploadsAreRecognisedByTheirContentAndSizeLimited() {
        byte[] pdf = "%PDF-1.7\n…".getBytes(StandardCharsets.UTF_8);
        assertEquals(FileType.PDF, UploadedFile.check("scan.pdf", pdf, 1000).type());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        assertEquals(
                "image/png", UploadedFile.check("photo.png", png, 1000).type().mediaType());

        ValidationException renamed = assertThrows(
                ValidationException.class,
                () -> UploadedFile.check("contract.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 1000));
        assertEquals("file contract.pdf is not a PDF, PNG, JPEG or TIFF file", renamed.getMessage());
        ValidationException big = assertThrows(ValidationException.class, () -> UploadedFile.check("big.pdf", pdf, 5));
        assertEquals("file big.pdf has " + pdf.length + " bytes; the limit is 5 bytes", big.getMessage());
        assertThrows(ValidationException.class, () -> UploadedFile.check("empty.pdf", new byte[0], 5));
    }

    @Test
    void fileNamesLoseDirectoriesAndOddCharacters() {
        assertEquals("passwd", UploadedFile.safeName("../../etc/passwd"));
        assertEquals("scan_1_.pdf", UploadedFile.safeName("C:\\Users\\x\\scan<1>.pdf"));
        assertEquals("file.htaccess", UploadedFile.safeName(".htaccess"));
        assertEquals("file", UploadedFile.safeName("  "));
    }

    @Test
    void attachmentsAreFingerprintedAndImagesGetAThumbnailOfBoundedSize() throws IOException {
        UploadedFile photo = UploadedFile.check("boiler.png", png(1600, 900), 10_000_000);
        assertEquals(64, photo.sha256().length());

        byte[] thumbnail = Thumbnails.of(photo).orElseThrow();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertEquals(Thumbnails.EDGE, small.getWidth(), "the longer edge is scaled to the thumbnail's");
        assertEquals(180, small.getHeight(), "the proportions are kept");
        assertTrue(thumbnail[0] == (byte) 0xFF && thumbnail[1] == (byte) 0xD8, "a JPEG");

        Attachment attachment = new Attachment(
                AttachmentOwner.EQUIPMENT, 7, 3, photo, thumbnail, " Boiler room ", "tech1", Instant.EPOCH);
        assertEquals("Boiler room", attachment.getCaption());
        assertTrue(attachment.hasThumbnail());
        assertTrue(attachment.isImage());

        UploadedFile manual = UploadedFile.check("manual.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), 100);
        assertTrue(Thumbnails.of(manual).isEmpty(), "no thumbnail for a PDF");
        assertFalse(new Attachment(AttachmentOwner.PLANT, 1, 3, manual, null, null, "office", Instant.EPOCH)
                .hasThumbnail());
    }

    @Test
    void anImageAnnouncingGigapixelsIsRefusedBeforeItIsDecoded() {
        // a valid PNG header claiming 100,000 × 100,000 pixels, with no image data behind it
        UploadedFile bomb = UploadedFile.check("bomb.png", pngHeader(100_000, 100_000), 1000);

        ValidationException refused = assertThrows(ValidationException.class, () -> Thumbnails.of(bomb));
        assertEquals("file", refused.getErrors().get(0).field());
        assertEquals(
                "bomb.png è un'immagine di 100000 × 100000 pixel, più di quanti ne produca qualsiasi fotocamera o"
                        + " scanner",
                refused.getErrors().get(0).problem().text(Locale.ITALIAN));
    }

    @Test
    void anImageThatDoesNotDecodeIsKeptWithoutAThumbnail() {
        byte[] truncated = pngHeader(640, 480);
        assertTrue(Thumbnails.of(UploadedFile.check("cut.png", truncated, 1000)).isEmpty());
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var canvas = image.createGraphics();
        canvas.setColor(Color.ORANGE);
        canvas.fillRect(0, 0, width / 2, height);
        canvas.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The PNG signature and an IHDR chunk only. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
