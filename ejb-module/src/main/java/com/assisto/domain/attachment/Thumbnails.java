package com.assisto.domain.attachment;

import com.assisto.domain.shared.ValidationException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small JPEG pictures of uploaded images for lists and cards. The image is read subsampled, so a
 * large photo never takes its full size in memory, and an image announcing more pixels than any
 * camera makes is refused before it is decoded (a few kilobytes can announce gigapixels).
 */
public final class Thumbnails {

    /** The longer edge of a thumbnail, in pixels. */
    public static final int EDGE = 320;

    /** 200 megapixels: above any camera or scanner page; a decompression bomb announces far more. */
    static final long MAX_PIXELS = 200_000_000L;

    private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());

    private Thumbnails() {}

    /**
     * The thumbnail of an image, or empty for a file that is not one, or an image this runtime
     * cannot decode (the file is kept all the same; lists show its type instead).
     */
    public static Optional<byte[]> of(UploadedFile file) {
        if (!file.type().isImage()) {
            return Optional.empty();
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(file.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(thumbnail(file, reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException refused) {
                throw refused;
            }
            LOG.info(() -> "No thumbnail for " + file.fileName() + ": " + e);
            return Optional.empty();
        }
    }

    private static byte[] thumbnail(UploadedFile file, ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > MAX_PIXELS) {
            throw new ValidationException("file", "file.tooManyPixels", file.fileName(), width, height);
        }
        ImageReadParam subsampled = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / (2 * EDGE));
        subsampled.setSourceSubsampling(step, step, 0, 0);
        BufferedImage source = reader.read(0, subsampled);
        double scale = Math.min(1.0, (double) EDGE / Math.max(source.getWidth(), source.getHeight()));
        int thumbWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int thumbHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(thumbWidth, thumbHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = thumb.createGraphics();
        try {
            canvas.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            canvas.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // transparent parts of a PNG on white, as a page shows them
            canvas.setColor(Color.WHITE);
            canvas.fillRect(0, 0, thumbWidth, thumbHeight);
            canvas.drawImage(source, 0, 0, thumbWidth, thumbHeight, null);
        } finally {
            canvas.dispose();
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(thumb, "jpg", jpeg);
        return jpeg.toByteArray();
    }
}
