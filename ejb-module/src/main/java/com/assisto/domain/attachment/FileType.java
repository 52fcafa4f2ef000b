package com.assisto.domain.attachment;

import com.assisto.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types attachments and contract documents may be, recognised by their content rather
 * than by the name or the type the browser claims, so a renamed executable is refused.
 */
public enum FileType {
    PDF("application/pdf", new int[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    TIFF_LE("image/tiff", new int[] {'I', 'I', 0x2A, 0x00}),
    TIFF_BE("image/tiff", new int[] {'M', 'M', 0x00, 0x2A});

    private final String mediaType;
    private final int[] signature;

    FileType(String mediaType, int[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    private boolean matches(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int index = 0; index < signature.length; index++) {
            if ((content[index] & 0xFF) != signature[index]) {
                return false;
            }
        }
        return true;
    }

    public static Optional<FileType> recognise(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    /** The type of an upload within the size limit, or a refusal saying what is accepted. */
    public static FileType check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new ValidationException("file", "file.empty", fileName);
        }
        if (content.length > maxBytes) {
            throw new ValidationException("file", "file.tooLarge", fileName, content.length, maxBytes);
        }
        return recognise(content).orElseThrow(() -> new ValidationException("file", "file.notAccepted", fileName));
    }
}
