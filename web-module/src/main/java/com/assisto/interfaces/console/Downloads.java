package com.assisto.interfaces.console;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files the console hands to the browser; the bytes are read only when the download is sent. */
public final class Downloads {

    private Downloads() {}

    public static StreamedContent of(String fileName, String mediaType, Supplier<byte[]> content) {
        return DefaultStreamedContent.builder().name(fileName).contentType(mediaType).stream(
                        () -> new ByteArrayInputStream(content.get()))
                .build();
    }

    public static StreamedContent pdf(String fileName, Supplier<byte[]> content) {
        return of(fileName, "application/pdf", content);
    }
}
