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
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.ResourceBundle;

/** Messages shown to the console user, in the user's language. */
public final class Faces {

    private Faces() {}

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** The field's name in the user's language, or as the domain names it (custom fields, table cells). */
    private static String fieldLabel(String field) {
        String label = text("field." + field);
        return label.equals("field." + field) ? field : label;
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
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + text("list.and") + " "
                + words.get(words.size() - 1);
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
                        null,
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
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR, text("error.generic"), String.valueOf(cause.getMessage())));
        }
        context.validationFailed();
    }
}
