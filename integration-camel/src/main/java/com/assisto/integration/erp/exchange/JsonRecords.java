package com.assisto.integration.erp.exchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of a JSON message from the ERP, shaped as the WebAPI answers:
 * {@code {"dati": [ {...}, ... ]}}. The same shape is what the ERP pushes.
 */
public final class JsonRecords {

    /** One provider for every call: {@code Json.create…} looks the provider up anew each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonRecords() {}

    /** The message's records; an {@link IllegalArgumentException} saying why when it is not that shape. */
    public static JsonArray of(String message) {
        try (JsonReader reader = JSON.createReader(new StringReader(message))) {
            JsonValue data = reader.readObject().get("dati");
            if (!(data instanceof JsonArray records)) {
                throw new IllegalArgumentException("the message has no array \"dati\" of records");
            }
            return records;
        } catch (JsonException | IllegalStateException | ClassCastException notJson) {
            throw new IllegalArgumentException("the message is not a JSON object: " + notJson.getMessage(), notJson);
        }
    }

    /** Every record the translator makes of every JSON record, one after the other, read as they are needed. */
    public static <R> Iterator<Parsed<R>> parsed(JsonArray records, InboundFlow<R> inbound) {
        Iterator<JsonValue> values = records.iterator();
        return new Iterator<>() {
            private final Deque<Parsed<R>> pending = new ArrayDeque<>();
            private long position;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && values.hasNext()) {
                    JsonValue value = values.next();
                    position++;
                    if (value instanceof JsonObject record) {
                        pending.addAll(inbound.fromJson(record));
                    } else {
                        pending.add(Parsed.unreadable(
                                position,
                                null,
                                value.toString(),
                                com.assisto.domain.shared.Message.of("exchange.notJson", "record " + position)));
                    }
                }
                return !pending.isEmpty();
            }

            @Override
            public Parsed<R> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.removeFirst();
            }
        };
    }
}
