package com.assisto.interfaces.console;

import com.assisto.domain.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * What the domain explains or keeps (a price's explanation, why a renewal waits, an inbox
 * warning, a history entry) in the console user's language: {@code #{messageText.of(...)}} on a
 * page, {@link #text(Message)} in a bean.
 */
@Named
@ApplicationScoped
public class MessageText {

    /** The message in the language of the page being rendered; empty for none. */
    public String of(Message message) {
        return text(message);
    }

    public static String text(Message message) {
        return message == null ? "" : message.text(locale());
    }

    /** The page's language, which the layout takes from the user's session. */
    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
