package com.assisto.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateResourcesTest {

    private static final String REFUSED =
            " refers to a resource outside the template; templates may only use data: URIs";
    private static final String PIXEL =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private static List<FieldError> refused(String html) {
        return assertThrows(ValidationException.class, () -> TemplateResources.check(html, "body"))
                .getErrors();
    }

    @Test
    void aRemoteImageIsNamedWithItsLineUnderTheField() {
        List<FieldError> errors = refused("<h1>Contract</h1>\n<p>\n<img src=\"http://127.0.0.1:4848/x.png\"></p>");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("body", errors.get(0).field());
        assertEquals(
                "line 3: <img src=\"http://127.0.0.1:4848/x.png\">" + REFUSED,
                errors.get(0).message());
    }

    @Test
    void aSystemFileIsRefused() {
        assertEquals(
                "line 1: <img src=\"file:///etc/passwd\">" + REFUSED,
                refused("<img src='file:///etc/passwd'>").get(0).message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<img src=\"logo.png\">",
                "<img srcset=\"" + PIXEL + " 1x, https://example.com/x2.png 2x\">",
                "<link rel=\"stylesheet\" href=\"https://example.com/style.css\">",
                "<p style=\"background: url('http://example.com/bg.png')\">x</p>",
                "<p style=\"background-image:url(file:///etc/passwd)\">x</p>",
                "<style>@import \"http://example.com/a.css\";</style>",
                "<style>@import url(http://example.com/a.css);</style>",
                "<style>\n@font-face { src: url(\"ftp://example.com/f.ttf\") }</style>",
                "<object data=\"http://example.com/a.pdf\"></object>",
                "<embed src=\"http://example.com/a.svg\">",
                "<iframe src=\"http://example.com/\"></iframe>",
                "<video src=\"http://example.com/v.mp4\" poster=\"" + PIXEL + "\"></video>",
                "<video poster=\"http://example.com/p.png\"></video>",
                "<audio src=\"http://example.com/a.mp3\"></audio>",
                "<svg><image href=\"http://example.com/i.png\"/></svg>",
                "<svg><image xlink:href=\"http://example.com/i.png\"/></svg>",
                "<table background=\"http://example.com/t.png\"><tr><td>x</td></tr></table>",
                "<body background=\"jar:file:///x.jar!/a.png\">x</body>",
                "<base href=\"http://example.com/\">",
                "<IMG SRC=\"HTTP://EXAMPLE.COM/X.PNG\">",
            })
    void everyKindOfExternalReferenceIsRefused(String html) {
        List<FieldError> errors = refused(html);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("body", errors.get(0).field());
        assertEquals(
                true, errors.get(0).message().endsWith(REFUSED), errors.get(0).message());
    }

    @Test
    void aUrlInAStyleSheetIsNamedWithTheLineItIsOn() {
        assertEquals(
                "line 3: url(http://example.com/bg.png) in <style>" + REFUSED,
                refused("<style>\nh1 { color: red }\np { background: url(http://example.com/bg.png) }\n</style>")
                        .get(0)
                        .message());
    }

    @Test
    void theBackOfficeReadsTheRefusalInItalian() {
        assertEquals(
                "riga 1: url(http://example.com/bg.png) nell'attributo style di <p> rimanda a una risorsa esterna"
                        + " al modello; i modelli possono usare solo URI data:",
                refused("<p style=\"background: url(http://example.com/bg.png)\">x</p>")
                        .get(0)
                        .problem()
                        .text(Locale.ITALIAN));
        assertEquals(
                "line 1: url(http://example.com/bg.png) in style of <p>" + REFUSED,
                refused("<p style=\"background: url(http://example.com/bg.png)\">x</p>")
                        .get(0)
                        .message());
    }

    @Test
    void everyReferenceIsNamedAtOnce() {
        assertEquals(2, refused("<img src=\"a.png\">\n<img src=\"b.png\">").size());
    }

    @Test
    void dataUrisFragmentsAndHyperlinksAreAllowed() {
        assertDoesNotThrow(() -> TemplateResources.check(
                "<style>p { background: url(" + PIXEL + ") }</style>"
                        + "<img src=\"" + PIXEL + "\"><img srcset=\"" + PIXEL + " 1x, " + PIXEL + " 2x\">"
                        + "<p style=\"background-image: url('" + PIXEL + "')\">x</p>"
                        + "<a href=\"https://www.example.com/conditions\">conditions</a><a href=\"#clause-3\">3</a>"
                        + "<svg><use href=\"#mark\"/></svg><#list lines as line>${line.description}</#list>",
                "body"));
    }
}
