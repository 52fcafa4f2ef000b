package com.assisto.interfaces.console;

import com.assisto.domain.shared.AccessDeniedException;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.StaleEditException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.user.PasswordRejectedException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Messages shown to the console user, in the user's language. */
public final class Faces {

    private static final Logger LOG = Logger.getLogger(Faces.class.getName());
    /** The request's names of fields the bundle cannot name, by field path (see {@link #nameFields}). */
    private static final String FIELD_NAMES = Faces.class.getName() + ".fieldNames";

    private Faces() {}

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /**
     * The field's name in the user's language: the bundle's, or one a form gave for this request
     * (a custom field's label, {@link #nameFields}), or as the domain names it.
     */
    private static String fieldLabel(String field) {
        String label = text("field." + field);
        if (!label.equals("field." + field)) {
            return label;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> named = (Map<String, String>)
                FacesContext.getCurrentInstance().getAttributes().get(FIELD_NAMES);
        return named(named == null ? Map.of() : named, field);
    }

    /**
     * The field under its given name, a table cell under its table's ({@code Planned visits[2].month});
     * a field without one as the domain names it.
     */
    static String named(Map<String, String> names, String field) {
        String name = names.get(field);
        if (name != null) {
            return name;
        }
        int cell = field.indexOf('[');
        String table = cell < 0 ? null : names.get(field.substring(0, cell));
        return table == null ? field : table + field.substring(cell);
    }

    /**
     * Gives names to fields the bundle cannot name (a contract type's custom fields) for the rest of
     * this request, in the view's language: the summaries of the errors {@link #error} shows next
     * read them. The form that knows its fields names them, so no message needs a look-up of its own.
     */
    public static void nameFields(Function<Locale, Map<String, String>> names) {
        FacesContext context = FacesContext.getCurrentInstance();
        @SuppressWarnings("unchecked")
        Map<String, String> named =
                (Map<String, String>) context.getAttributes().computeIfAbsent(FIELD_NAMES, key -> new HashMap<>());
        named.putAll(names.apply(context.getViewRoot().getLocale()));
    }

    public static void info(String key, Object... arguments) {
        // an empty detail: a null one repeats the summary under it
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                arguments.length == 0
                                        ? text(key)
                                        : java.text.MessageFormat.format(
                                                text(key).replace("'", "''"), arguments),
                                ""));
    }

    /**
     * Answers a page whose record the user may not see (403) or that does not exist (404) with
     * the error page; any other failure is rethrown.
     */
    public static void sendErrorPage(RuntimeException failure) throws java.io.IOException {
        Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
        int status = cause instanceof AccessDeniedException ? 403 : cause instanceof NotFoundException ? 404 : 500;
        if (status == 500) {
            throw failure;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, cause.getMessage());
        faces.responseComplete();
    }

    /** Codes in words: each one's label from the bundle ({@code prefix + code}), read as "a, b and c". */
    public static String labels(String prefix, java.util.Collection<?> codes) {
        List<String> words =
                codes.stream().map(code -> text(prefix + code)).sorted().toList();
        return Message.inWords(
                words, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** What the domain says, in the console user's language. */
    public static String inWords(Message message) {
        return message == null
                ? ""
                : message.text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Shows why an action failed: each invalid field, or the conflict, or the error. */
    public static void error(RuntimeException failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (cause instanceof PasswordRejectedException rejected) {
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            fieldLabel("password"),
                            text("password.rule." + rejected.getRule().name())));
        } else if (cause instanceof ValidationException invalid) {
            for (FieldError error : invalid.getErrors()) {
                context.addMessage(
                        inputOf(context, error.field()),
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, fieldLabel(error.field()), inWords(error.problem())));
            }
        } else if (cause instanceof StaleEditException stale) {
            context.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.conflict"), inWords(stale.problem())));
        } else if (cause instanceof jakarta.persistence.OptimisticLockException) {
            context.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.conflict"), text("error.reload")));
        } else if (cause instanceof NotFoundException missing) {
            context.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.notFound"), inWords(missing.problem())));
        } else if (cause instanceof AccessDeniedException denied) {
            context.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.forbidden"), inWords(denied.problem())));
        } else {
            // not the exception's own text, which speaks of the code: it goes to the server's log
            LOG.log(Level.WARNING, "An action failed", cause);
            context.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.generic"), text("error.text")));
        }
        context.validationFailed();
    }

    /**
     * The client id of the input the field error is about, marked invalid so that it and its label
     * show the error where it is: the input that says it edits the field ({@code <f:attribute
     * name="field">}) or else whose id is the field's name (its last part, so that "address.city"
     * finds "city"), or a custom field's input ({@code cf-<key>}); null when the page has no such
     * input, and the message stays a page message.
     */
    private static String inputOf(FacesContext context, String field) {
        if (field == null) {
            return null;
        }
        String name = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        String customField = field.startsWith("customFields.") ? "cf-" + name : null;
        String[] found = new String[1];
        context.getViewRoot()
                .visitTree(
                        VisitContext.createVisitContext(context, null, java.util.Set.of(VisitHint.SKIP_UNRENDERED)),
                        (visit, component) -> {
                            if (component instanceof UIInput input && matches(input, name, customField)) {
                                input.setValid(false);
                                found[0] = input.getClientId(visit.getFacesContext());
                                return VisitResult.COMPLETE;
                            }
                            return VisitResult.ACCEPT;
                        });
        return found[0];
    }

    private static boolean matches(UIInput input, String name, String customField) {
        if (customField != null) {
            Object styleClass = input.getAttributes().get("styleClass");
            return styleClass != null
                    && List.of(styleClass.toString().split("\\s+")).contains(customField);
        }
        Object edits = input.getAttributes().get("field");
        return edits != null ? name.equals(edits) : name.equals(input.getId());
    }
}
