package com.assisto.integration.erp.exchange;

import com.assisto.domain.shared.Message;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

/**
 * A dead letter's payload read back for its replay: a WebAPI or pushed record is JSON (it starts
 * with a brace), a file's record is its line. A JSON record that carries several records (an
 * invoice's instalments) gives back the one with the dead letter's key.
 */
public final class Payloads {

    /** One provider for every call: {@code Json.create…} looks the provider up anew each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private Payloads() {}

    public static <R> Parsed<R> read(
            String payload,
            String key,
            Function<JsonObject, List<Parsed<R>>> fromJson,
            Function<String, Parsed<R>> fromLine) {
        String text = payload.strip();
        if (!text.startsWith("{")) {
            return fromLine.apply(text);
        }
        JsonObject record;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            record = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            return Parsed.unreadable(null, key, text, Message.of("exchange.notJson", notJson.getMessage()));
        }
        List<Parsed<R>> records = fromJson.apply(record);
        return records.stream()
                .filter(parsed -> key == null || key.equals(parsed.key()))
                .findFirst()
                .orElse(
                        records.isEmpty()
                                ? Parsed.unreadable(null, key, text, Message.of("deadLetter.payload.required"))
                                : records.get(0));
    }
}
