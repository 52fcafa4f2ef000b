package com.assisto.domain.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A text for a person, kept as a key of the domain's message bundle and its arguments, and put
 * into words only when someone reads it, in the reader's language: the back office reads Italian,
 * the REST API and the logs English. Dates, amounts and lists are formatted for that language;
 * a message can hold other messages (a reason inside an explanation).
 *
 * <p>Messages the domain keeps (why a renewal waits, how a renewed price was reached, an inbox
 * warning) are stored {@link #encode() encoded} and read back with {@link #decode(String)}.
 */
public final class Message implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The domain's bundle: {@code com/assisto/domain/messages.properties} and its {@code _it}. */
    public static final String BUNDLE = "com.assisto.domain.messages";

    private static final String VERBATIM = "verbatim";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final List<Object> arguments;

    private Message(String key, List<Object> arguments) {
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = arguments;
    }

    /**
     * The message for {@code key}. Arguments may be text, whole numbers, amounts (BigDecimal),
     * dates, enum constants (shown by their {@code enum.Type.NAME} key), other messages and
     * lists of those (shown as words: "a, b and c"); {@code null} reads as an empty text.
     */
    public static Message of(String key, Object... arguments) {
        List<Object> checked = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            checked.add(checked(argument));
        }
        return new Message(key, List.copyOf(checked));
    }

    /** A text that is not translated: what a person typed, or a record written before messages were kept. */
    public static Message verbatim(String text) {
        return new Message(VERBATIM, List.of(text == null ? "" : text));
    }

    private static Object checked(Object argument) {
        if (argument == null) {
            return "";
        }
        if (argument instanceof Integer || argument instanceof Long || argument instanceof Short) {
            return ((Number) argument).longValue();
        }
        if (argument instanceof Enum<?> constant) {
            return of("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }
        if (argument instanceof Collection<?> items) {
            return items.stream().map(Message::checked).toList();
        }
        if (argument instanceof String
                || argument instanceof BigDecimal
                || argument instanceof LocalDate
                || argument instanceof Message) {
            return argument;
        }
        throw new IllegalArgumentException(
                "a message argument cannot be a " + argument.getClass().getName());
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The message in words for a reader of {@code locale}. */
    public String text(Locale locale) {
        if (VERBATIM.equals(key)) {
            return (String) arguments.get(0);
        }
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            // a key without a text must not hide what happened: show the key and its arguments
            return key + (arguments.isEmpty() ? "" : " " + arguments);
        }
        Object[] formatted = new Object[arguments.size()];
        for (int i = 0; i < formatted.length; i++) {
            formatted[i] = formatted(arguments.get(i), locale);
        }
        // as in the console's bundle, an apostrophe is text (Italian has many), never a MessageFormat quote
        return new MessageFormat(pattern.replace("'", "''"), locale).format(formatted);
    }

    /** Numbers stay numbers so that a pattern's {@code {0,number,#,##0.00}} formats them. */
    private static Object formatted(Object argument, Locale locale) {
        if (argument instanceof LocalDate date) {
            // one way of writing a day in everything the domain says: the figure.date pattern
            return Figures.date(date).text(locale);
        }
        if (argument instanceof Message message) {
            return message.text(locale);
        }
        if (argument instanceof List<?> items) {
            return inWords(
                    items.stream()
                            .map(item -> String.valueOf(formatted(item, locale)))
                            .toList(),
                    locale);
        }
        return argument;
    }

    /** "a, b and c" in the reader's language: how a message writes a list, for others to write one alike. */
    public static String inWords(List<String> items, Locale locale) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String and = " " + bundle(locale).getString("list.and") + " ";
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    /** The bundle for the reader's language; English, the base bundle, never the server's default locale. */
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Message.class.getClassLoader(), NO_FALLBACK);
    }

    /** In English, as the logs and the REST API read it. */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }

    /** The message as one compact JSON text, for a column that keeps it. */
    public String encode() {
        return json().toString();
    }

    private JsonObject json() {
        JsonArrayBuilder encoded = LazyJson.PROVIDER.createArrayBuilder();
        arguments.forEach(argument -> encoded.add(json(argument)));
        return LazyJson.PROVIDER
                .createObjectBuilder()
                .add("k", key)
                .add("a", encoded)
                .build();
    }

    private static JsonValue json(Object argument) {
        if (argument instanceof String text) {
            return LazyJson.PROVIDER.createValue(text);
        }
        if (argument instanceof Long number) {
            return LazyJson.PROVIDER.createValue(number);
        }
        if (argument instanceof BigDecimal amount) {
            return LazyJson.PROVIDER
                    .createObjectBuilder()
                    .add("n", amount.toPlainString())
                    .build();
        }
        if (argument instanceof LocalDate date) {
            return LazyJson.PROVIDER
                    .createObjectBuilder()
                    .add("d", date.toString())
                    .build();
        }
        if (argument instanceof Message message) {
            return message.json();
        }
        JsonArrayBuilder items = LazyJson.PROVIDER.createArrayBuilder();
        ((List<?>) argument).forEach(item -> items.add(json(item)));
        return items.build();
    }

    /**
     * The message a column keeps; text stored before messages were kept (not an encoded message)
     * comes back {@link #verbatim(String) verbatim}, and an empty column as {@code null}.
     */
    public static Message decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        if (!stored.startsWith("{\"k\":")) {
            return verbatim(stored);
        }
        try (var reader = LazyJson.PROVIDER.createReader(new StringReader(stored))) {
            return fromJson(reader.readObject());
        } catch (JsonParsingException | ClassCastException | NullPointerException unreadable) {
            return verbatim(stored);
        }
    }

    private static Message fromJson(JsonObject object) {
        JsonArray encoded = object.getJsonArray("a");
        List<Object> decoded = new ArrayList<>(encoded.size());
        encoded.forEach(value -> decoded.add(fromJson(value)));
        return new Message(object.getString("k"), List.copyOf(decoded));
    }

    private static Object fromJson(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) value).longValueExact();
            case ARRAY -> value.asJsonArray().stream().map(Message::fromJson).toList();
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (object.containsKey("n")) {
                    yield new BigDecimal(object.getString("n"));
                }
                if (object.containsKey("d")) {
                    yield LocalDate.parse(object.getString("d"));
                }
                yield fromJson(object);
            }
            default -> "";
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message message && key.equals(message.key) && arguments.equals(message.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments);
    }

    /**
     * One provider for every call ({@code Json.create…} looks the provider up anew each time),
     * found when a message is first stored: a message that is only read needs none.
     */
    private static final class LazyJson {
        static final JsonProvider PROVIDER = JsonProvider.provider();
    }
}
