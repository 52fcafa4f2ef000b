package com.assisto.interfaces.rest;

import com.assisto.application.attachment.StoredFile;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files over the API: an upload is the raw body, read no further than the size limit; a download names itself. */
public final class Uploads {

    private Uploads() {}

    /** The body's bytes, refused under {@code file} when it is larger than {@code maxBytes}. */
    public static byte[] read(InputStream body, String name, long maxBytes) {
        byte[] content;
        try {
            content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > maxBytes) {
            throw new ValidationException(
                    "file", "rest.fileTooLarge", name == null ? Message.of("rest.theFile") : name, maxBytes);
        }
        return content;
    }

    /**
     * A stored file to save ({@code attachment}) or to show in the browser ({@code inline}); never
     * sniffed into another type by the browser.
     */
    public static Response download(StoredFile file, String disposition) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
