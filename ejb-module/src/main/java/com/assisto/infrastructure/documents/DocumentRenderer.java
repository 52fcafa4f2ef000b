package com.assisto.infrastructure.documents;

import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns a template and its fields into a PDF. Templates are FreeMarker HTML: values are
 * escaped, a field that does not exist stops the rendering with its name and line, and
 * templates can reach nothing but the fields they are given, and load nothing but the data: URIs
 * they carry ({@link TemplateResources}). The HTML is parsed leniently, so
 * an unclosed tag never makes a broken PDF.
 */
@ApplicationScoped
public class DocumentRenderer {

    /** Font file, family, weight and style of each embedded font. */
    private static final String[][] FONTS = {
        {"LiberationSans-Regular", "Liberation Sans", "400", "NORMAL"},
        {"LiberationSans-Bold", "Liberation Sans", "700", "NORMAL"},
        {"LiberationSans-Italic", "Liberation Sans", "400", "ITALIC"},
        {"LiberationSans-BoldItalic", "Liberation Sans", "700", "ITALIC"},
        {"LiberationSerif-Regular", "Liberation Serif", "400", "NORMAL"},
        {"LiberationSerif-Bold", "Liberation Serif", "700", "NORMAL"},
        {"LiberationMono-Regular", "Liberation Mono", "400", "NORMAL"},
    };

    /**
     * PDFBox warns, once per standard PDF font, that it stands in a system font; documents use
     * the embedded fonts, so the warning says nothing. Held here so the setting is not
     * garbage-collected with the logger.
     */
    private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        PDFBOX_FONTS.setLevel(Level.SEVERE);
        // Open HTML to PDF logs every rendering step at INFO
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private final Configuration freemarker = configuration();

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // templates are written by users: no creating Java objects, no reaching the API
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        return configuration;
    }

    /** The filled-in HTML; a template error names the line, column and field, under {@code field}. */
    public String fill(String templateName, String body, Map<String, Object> fields, String field) {
        try {
            Template template = new Template(templateName, new StringReader(body), freemarker);
            StringWriter html = new StringWriter();
            template.process(fields, html);
            return html.toString();
        } catch (ParseException e) {
            throw new ValidationException(
                    field,
                    "template.error",
                    String.valueOf(e.getLineNumber()),
                    String.valueOf(e.getColumnNumber()),
                    firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            Message problem = blamed != null
                    ? Message.of("template.notAField", blamed)
                    : firstLine(e.getMessageWithoutStackTop());
            // FreeMarker may not know the position: the line and column go in as text, never failing a number format
            throw new ValidationException(
                    field,
                    "template.error",
                    String.valueOf(e.getLineNumber()),
                    String.valueOf(e.getColumnNumber()),
                    problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF of the given HTML, in the embedded Liberation fonts unless the template's own style
     * says otherwise. HTML that refers to anything but data: URIs is refused under {@code field};
     * should a reference slip past that check, the renderer still loads nothing but data: URIs.
     */
    public byte[] pdf(String html, String field) {
        TemplateResources.check(html, field);
        return render(html);
    }

    /** The PDF, loading nothing but data: URIs whatever the HTML refers to. */
    byte[] render(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        parsed.head().prependElement("style").text("body { font-family: 'Liberation Sans'; font-size: 10pt; }");
        org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (String[] font : FONTS) {
            builder.useFont(
                    () -> DocumentRenderer.class.getResourceAsStream("/liberation/" + font[0] + ".ttf"),
                    font[1],
                    Integer.parseInt(font[2]),
                    BaseRendererBuilder.FontStyle.valueOf(font[3]),
                    true);
        }
        // every kind of resource (images, style sheets, fonts, SVG, embedded files), before and
        // after the address is resolved; the resolver itself gives nothing else an address
        for (ExternalResourceControlPriority priority : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl((uri, type) -> TemplateResources.embedded(uri), priority);
        }
        builder.useUriResolver((base, uri) -> TemplateResources.embedded(uri) ? uri.trim() : null);
        builder.withW3cDocument(document, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** FreeMarker's own explanation, untranslated: it speaks English only. */
    private static Message firstLine(String message) {
        if (message == null) {
            return Message.of("template.unreadable");
        }
        int end = message.indexOf('\n');
        return Message.verbatim((end < 0 ? message : message.substring(0, end)).trim());
    }
}
