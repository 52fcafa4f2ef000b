package com.assisto.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.shared.ValidationException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentRendererTest {

    private static final String PIXEL =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private final DocumentRenderer renderer = new DocumentRenderer();
    private final Map<String, Object> fields = Map.of(
            "contract", Map.of("number", "FS/2026/00001", "value", "€ 1.200,00"),
            "customer", Map.of("name", "Rossi & Figli <Srl>"),
            "lines", List.of(Map.of("description", "Copier s/n 123"), Map.of("description", "Fax")));

    @Test
    void fieldsAreFilledInEscapedAndRenderedToAReadablePdf() throws IOException {
        String html = renderer.fill(
                "t",
                "<h1>Contract ${contract.number}</h1><p>${customer.name} ${contract.value}</p>"
                        + "<ul><#list lines as line><li>${line.description}</li></#list></ul>",
                fields,
                "body");
        assertTrue(html.contains("Rossi &amp; Figli &lt;Srl&gt;"), html);

        byte[] pdf = renderer.pdf(html, "body");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Contract FS/2026/00001"), text);
            assertTrue(text.contains("Rossi & Figli <Srl> € 1.200,00"), text);
            assertTrue(text.contains("Copier s/n 123"), text);
        }
    }

    @Test
    void anUnknownFieldIsNamedWithItsLineAndColumn() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> renderer.fill("t", "<p>ok</p>\n<p>${customer.nam}</p>", fields, "body"));
        assertEquals("body", refused.getErrors().get(0).field());
        assertEquals(
                "line 2, column 6: 'customer.nam' is not a field of the document, or is not usable there",
                refused.getErrors().get(0).message());
        assertEquals(
                "riga 2, colonna 6: 'customer.nam' non è un campo del documento, o lì non si può usare",
                refused.getErrors().get(0).problem().text(Locale.ITALIAN));
    }

    @Test
    void aBrokenTemplateIsRefusedWithItsLine() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> renderer.fill(
                        "t", "<p>one</p>\n<p>two</p>\n<#list lines as line>${line.description}", fields, "body"));
        assertTrue(refused.getErrors().get(0).message().startsWith("line 3, column"), refused.getMessage());
    }

    @Test
    void templatesCannotCreateJavaObjects() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> renderer.fill(
                        "t",
                        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
                        fields,
                        "body"));
        assertTrue(refused.getErrors().get(0).message().startsWith("line 1"), refused.getMessage());
    }

    @Test
    void unclosedHtmlStillMakesAPdf() throws IOException {
        byte[] pdf = renderer.pdf("<h1>Title<p>para <b>bold", "body");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("para bold"));
        }
    }

    @Test
    void aReferenceTheCheckWouldRefuseIsStillNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        listener.start();
        try {
            String base = "http://127.0.0.1:" + listener.getAddress().getPort();
            byte[] pdf = renderer.render("<html><head><link rel=\"stylesheet\" href=\"" + base + "/s.css\">"
                    + "<style>@import url(" + base + "/i.css); p { background: url(" + base
                    + "/bg.png) }</style></head>"
                    + "<body><p>text</p><img src=\"" + base + "/x.png\"><img src=\"file:///etc/passwd\">"
                    + "<img src=\"" + PIXEL + "\"></body></html>");
            assertEquals(0, requests.get());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertTrue(new PDFTextStripper().getText(document).contains("text"));
                // the data: URI is the one image drawn
                PDResources resources = document.getPage(0).getResources();
                long images = StreamSupport.stream(resources.getXObjectNames().spliterator(), false)
                        .filter(name -> {
                            try {
                                return resources.getXObject(name) instanceof PDImageXObject;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .count();
                assertEquals(1, images);
            }
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void aPdfOfHtmlReferringOutsideIsRefusedUnderTheField() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> renderer.pdf("<img src=\"http://127.0.0.1:1/x.png\">", "template Offer r2"));
        assertEquals("template Offer r2", refused.getErrors().get(0).field());
    }
}
