package com.assisto.domain.attachment;

import com.assisto.domain.shared.Text;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file as it may be kept: its name made safe, its type recognised from its content (never from
 * the name or the type the browser claims), within the size limit, and fingerprinted.
 */
public record UploadedFile(String fileName, FileType type, byte[] bytes, String sha256) {

    private static final int MAX_NAME = 120;

    /** Checks an upload: refused when empty, over {@code maxBytes} or of a type not accepted. */
    public static UploadedFile check(String fileName, byte[] bytes, long maxBytes) {
        String name = safeName(fileName);
        FileType type = FileType.check(name, bytes, maxBytes);
        return new UploadedFile(name, type, bytes, fingerprint(bytes));
    }

    /** A file the application made itself, of a known type. */
    public static UploadedFile made(String fileName, FileType type, byte[] bytes) {
        return new UploadedFile(safeName(fileName), type, bytes, fingerprint(bytes));
    }

    /**
     * The name without any directory part and with only plain characters, so it is safe in a
     * download header and on any file system.
     */
    static String safeName(String fileName) {
        String name = Text.trimToNull(fileName) == null ? "file" : fileName.trim();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "file" + name;
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
