package com.assisto.domain.shared;

/**
 * A message kept in a text column of limited length: encoded while it fits, otherwise its
 * English text cut to the column, which reads back verbatim; never an encoding cut in half.
 */
public final class StoredMessage {

    private StoredMessage() {}

    /** What the column keeps for the message; null for none. */
    public static String of(Message message, int columnLength) {
        if (message == null) {
            return null;
        }
        String encoded = message.encode();
        if (encoded.length() <= columnLength) {
            return encoded;
        }
        String english = message.toString();
        return english.length() <= columnLength ? english : english.substring(0, columnLength - 1) + "…";
    }

    /** The message a column keeps, in English: the API's and the logs' reading; null for none. */
    public static String english(String stored) {
        Message message = Message.decode(stored);
        return message == null ? null : message.toString();
    }
}
