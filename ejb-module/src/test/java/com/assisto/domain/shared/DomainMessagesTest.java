package com.assisto.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain's texts: both languages hold the same keys with the same arguments, every pattern
 * parses, and every key the code names (the literal keys of messages, field errors, validation
 * and not-found refusals) has its text.
 */
class DomainMessagesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");

    /**
     * {@code Message.of("key"}, and the key after the field in FieldError / ValidationException;
     * a literal followed by {@code +} starts a key built at run time and is not checked.
     */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile(
                    "new (?:FieldError|ValidationException)\\(\\s*(?:[^,()]|\\([^()]*\\))+,\\s*\"([^\"]+)\"\\s*[,)]"));

    private static final Pattern ENTITY_USE = Pattern.compile("new NotFoundException\\(\\s*\"([^\"]+)\"\\s*,");

    private static Properties bundle(String suffix) throws IOException {
        String name = "/com/assisto/domain/messages" + suffix + ".properties";
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(DomainMessagesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void italianAndEnglishHoldTheSameKeys() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Set<String> italian = bundle("_it").stringPropertyNames();

        assertEquals(Set.of(), difference(english, italian), "keys missing in messages_it.properties");
        assertEquals(Set.of(), difference(italian, english), "keys missing in messages.properties");
    }

    @Test
    void everyTextTakesTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = bundle("");
        Properties italian = bundle("_it");
        List<String> differing = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String italianText = italian.getProperty(key);
            if (italianText != null && !parameters(english.getProperty(key)).equals(parameters(italianText))) {
                differing.add(key);
            }
        }

        assertEquals(List.of(), differing, "texts whose {n} arguments differ between the languages");
    }

    @Test
    void everyTextIsAValidPattern() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String suffix : List.of("", "_it")) {
            Properties bundle = bundle(suffix);
            for (String key : bundle.stringPropertyNames()) {
                try {
                    new MessageFormat(bundle.getProperty(key).replace("'", "''"));
                } catch (IllegalArgumentException e) {
                    broken.add(suffix + " " + key + ": " + e.getMessage());
                }
            }
        }

        assertEquals(List.of(), broken);
    }

    @Test
    void everyKeyTheCodeNamesHasItsText() throws IOException {
        Set<String> known = bundle("").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        // the web module's refusals (REST bodies, console inputs) speak through the same bundle
        try (Stream<Path> sources = Stream.of(Path.of("src/main/java"), Path.of("../web-module/src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(DomainMessagesTest::javaFiles)) {
            for (Path source : sources.toList()) {
                String code = Files.readString(source);
                for (Pattern use : KEY_USES) {
                    Matcher matcher = use.matcher(code);
                    while (matcher.find()) {
                        if (!known.contains(matcher.group(1))) {
                            missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                        }
                    }
                }
                Matcher entity = ENTITY_USE.matcher(code);
                while (entity.find()) {
                    if (!known.contains("entity." + entity.group(1))) {
                        missing.add("entity." + entity.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }

        assertEquals(Set.of(), missing, "keys the code uses without a text in messages.properties");
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(path -> path.toString().endsWith(".java"));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static Set<String> difference(Set<String> all, Set<String> less) {
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(less);
        return missing;
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
