package com.assisto.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console's texts: every key in both languages, with the same parameters, and English as the fallback. */
class MessageBundlesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(String suffix) throws IOException {
        return bundle("messages", suffix);
    }

    private static Properties bundle(String base, String suffix) throws IOException {
        String name = "/com/assisto/interfaces/console/" + base + suffix + ".properties";
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> missingIn(Properties bundle, Properties reference) {
        Set<String> missing = new TreeSet<>(reference.stringPropertyNames());
        missing.removeAll(bundle.stringPropertyNames());
        return missing;
    }

    @Test
    void italianAndEnglishHoldTheSameKeys() throws IOException {
        Properties english = bundle("_en");
        Properties italian = bundle("_it");

        assertEquals(Set.of(), missingIn(italian, english), "keys missing in messages_it.properties");
        assertEquals(Set.of(), missingIn(english, italian), "keys missing in messages_en.properties");
    }

    @Test
    void facesOwnMessagesAreInBothLanguages() throws IOException {
        Properties english = bundle("faces", "");
        Properties italian = bundle("faces", "_it");

        assertEquals(english.stringPropertyNames(), italian.stringPropertyNames());
        assertEquals("è obbligatorio", italian.getProperty("jakarta.faces.component.UIInput.REQUIRED_detail"));
    }

    @Test
    void theFallbackBundleIsTheEnglishOne() throws IOException {
        Properties english = bundle("_en");
        Properties fallback = bundle("");

        assertEquals(english, fallback, "messages.properties must repeat messages_en.properties");
    }

    @Test
    void everyTextTakesTheSameParametersInBothLanguages() throws IOException {
        Properties english = bundle("_en");
        Properties italian = bundle("_it");
        List<String> differing = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String italianText = italian.getProperty(key);
            if (italianText != null && !parameters(english.getProperty(key)).equals(parameters(italianText))) {
                differing.add(key);
            }
        }

        assertEquals(List.of(), differing, "texts whose {n} parameters differ between the languages");
    }

    @Test
    void everyTextWithParametersIsAValidMessageFormat() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String suffix : List.of("_en", "_it")) {
            Properties bundle = bundle(suffix);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (!PARAMETER.matcher(text).find()) {
                    continue;
                }
                try {
                    // as Faces.info reads them: apostrophes are text, not MessageFormat quotes
                    new MessageFormat(text.replace("'", "''"));
                } catch (IllegalArgumentException e) {
                    broken.add(suffix + " " + key + ": " + e.getMessage());
                }
            }
        }

        assertEquals(List.of(), broken);
    }

    private static Set<String> parameters(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
