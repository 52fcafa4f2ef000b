package com.assisto.infrastructure.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Templates shipped with the product, under {@code /documents/} on the class path. */
public final class BuiltInTemplates {

    private BuiltInTemplates() {}

    public static String read(String name) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No built-in template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
