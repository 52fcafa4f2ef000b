package com.assisto.interfaces.console;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * A failed AJAX request is answered in the page: PrimeFaces' handler hands it to the layout's
 * {@code p:ajaxExceptionHandler} (an expired view reloads the page, anything else opens the error
 * dialog). A full page request keeps the container's error pages, which know the failed address.
 */
public class AjaxFailures extends ExceptionHandlerFactory {

    public AjaxFailures(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        ExceptionHandler standard = getWrapped().getExceptionHandler();
        ExceptionHandler inPage = new PrimeExceptionHandler(standard);
        return new ExceptionHandlerWrapper(standard) {
            @Override
            public void handle() {
                FacesContext context = FacesContext.getCurrentInstance();
                if (context != null && context.getPartialViewContext().isAjaxRequest()) {
                    inPage.handle();
                } else {
                    super.handle();
                }
            }
        };
    }
}
