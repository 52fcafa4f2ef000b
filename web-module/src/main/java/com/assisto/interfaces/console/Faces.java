package com.assisto.interfaces.console;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.StaleEditException;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Messages shown to the console user, in the user's language. */
final class Faces {

    private Faces() {
    }

    static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** Shows why an action failed: each invalid field, or the conflict, or the error. */
    static void error(RuntimeException failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (cause instanceof ValidationException invalid) {
            for (FieldError error : invalid.getErrors()) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("field." + error.field()),
                        error.message()));
            }
        } else if (cause instanceof StaleEditException || cause instanceof jakarta.persistence.OptimisticLockException) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.conflict"),
                    cause.getMessage()));
        } else {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("error.generic"),
                    String.valueOf(cause.getMessage())));
        }
        context.validationFailed();
    }
}
