package com.assisto.infrastructure.documents;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a template may refer to: only what it carries itself, as {@code data:} URIs (and
 * fragments of its own page). Anything else — a web address, a file of the server, a path
 * relative to nothing — would make the renderer fetch it at every save and preview, so it is
 * refused, naming the reference and its line.
 */
public final class TemplateResources {

    /** Attributes whose value the renderer (or a viewer) would load. */
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "src",
            "srcset",
            "imagesrcset",
            "href",
            "xlink:href",
            "background",
            "poster",
            "data",
            "codebase",
            "archive",
            "lowsrc",
            "dynsrc");
    /** Hyperlinks are written into the PDF as links; nothing loads them. */
    private static final Set<String> LINK_ELEMENTS = Set.of("a", "area");

    private static final Pattern CSS_URL =
            Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT =
            Pattern.compile("@import\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    /** Between the candidates of a srcset; a data: URI's own comma is not followed by a space. */
    private static final Pattern SRCSET_SEPARATOR = Pattern.compile(",\\s+");

    private static final int SHOWN = 80;

    private TemplateResources() {}

    /** Whether the renderer may load this address: only what the template carries inside itself. */
    public static boolean embedded(String uri) {
        String value = uri == null ? "" : uri.trim().toLowerCase(Locale.ROOT);
        return value.startsWith("data:");
    }

    /** Refuses the HTML, under {@code field}, when it refers to anything but data: URIs. */
    public static void check(String html, String field) {
        List<FieldError> errors = new ArrayList<>();
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = parser.parseInput(html, "");
        for (Element element : document.getAllElements()) {
            int line = element.sourceRange().start().lineNumber();
            String tag = element.normalName();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("style")) {
                    css(attribute.getValue(), line, Message.of("template.styleOf", tag), field, errors);
                } else if (URL_ATTRIBUTES.contains(name) && !(name.equals("href") && LINK_ELEMENTS.contains(tag))) {
                    for (String reference : references(name, attribute.getValue())) {
                        if (!allowed(reference)) {
                            errors.add(refusal(field, line, "<" + tag + " " + name + "=\"" + shown(reference) + "\">"));
                        }
                    }
                }
            }
            if (tag.equals("style")) {
                for (DataNode data : element.dataNodes()) {
                    css(data.getWholeData(), line, Message.of("template.styleElement"), field, errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static List<String> references(String attribute, String value) {
        if (!attribute.endsWith("srcset")) {
            return List.of(value);
        }
        List<String> urls = new ArrayList<>();
        for (String candidate : SRCSET_SEPARATOR.split(value.trim())) {
            String url = candidate.trim().split("\\s+", 2)[0];
            urls.add(url.endsWith(",") ? url.substring(0, url.length() - 1) : url);
        }
        return urls;
    }

    private static void css(String css, int firstLine, Message where, String field, List<FieldError> errors) {
        for (Pattern pattern : List.of(CSS_URL, CSS_IMPORT)) {
            Matcher matcher = pattern.matcher(css);
            while (matcher.find()) {
                String reference = firstGroup(matcher);
                if (!allowed(reference)) {
                    int line = firstLine
                            + (int) css.substring(0, matcher.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    String shown = pattern == CSS_URL
                            ? "url(" + shown(reference) + ")"
                            : "@import \"" + shown(reference) + "\"";
                    errors.add(refusal(field, line, Message.of("template.within", shown, where)));
                }
            }
        }
    }

    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return "";
    }

    /** An empty value and a fragment of the page itself load nothing. */
    private static boolean allowed(String reference) {
        String value = reference.trim();
        return value.isEmpty() || value.startsWith("#") || embedded(value);
    }

    /** {@code reference} is the markup as written, or a message placing it in a style. */
    private static FieldError refusal(String field, int line, Object reference) {
        return new FieldError(field, "template.externalResource", line, reference);
    }

    private static String shown(String reference) {
        String value = reference.trim();
        return value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    }
}
