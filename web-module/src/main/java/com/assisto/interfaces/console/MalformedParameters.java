package com.assisto.interfaces.console;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;

/**
 * A page opened with a parameter that does not convert or is missing (`contract.xhtml?id=abc`)
 * answers "not found" instead of rendering its empty form: a failed view parameter would otherwise
 * skip the page's load action and show, for example, a new quote.
 */
public class MalformedParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, "no such record");
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
