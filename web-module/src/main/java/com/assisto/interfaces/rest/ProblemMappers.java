package com.assisto.interfaces.rest;

import com.assisto.domain.shared.AccessDeniedException;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.StaleEditException;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ParamException;

/** Turns every failure into a problem detail with the right status. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ValidationException invalid) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "validation",
                    "Invalid input",
                    invalid.getMessage(),
                    invalid.getErrors());
        }
        if (cause instanceof BadRequestParameter bad) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, "validation", "Invalid input", bad.getMessage(), List.of(bad.error()));
        }
        if (cause instanceof NotFoundException missing) {
            return Problem.response(Response.Status.NOT_FOUND, "not-found", "Not found", missing.getMessage(), null);
        }
        if (cause instanceof AccessDeniedException denied) {
            return Problem.response(Response.Status.FORBIDDEN, "forbidden", "Forbidden", denied.getMessage(), null);
        }
        if (cause instanceof StaleEditException || cause instanceof OptimisticLockException) {
            String detail = cause instanceof StaleEditException
                    ? cause.getMessage()
                    : "The record was changed by someone else meanwhile: reload it and apply your change again";
            return Problem.response(Response.Status.CONFLICT, "conflict", "Edit conflict", detail, null);
        }
        if (cause instanceof ParamException parameter) {
            // JAX-RS answers 404 for a query or path parameter it cannot convert: the request is wrong, not the address
            FieldError error = new FieldError(parameter.getParameterName(), "rest.notParameterValue");
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "validation",
                    "Invalid input",
                    error.field() + ": " + error.message(),
                    List.of(error));
        }
        if (cause instanceof JsonbException || cause instanceof jakarta.ws.rs.ProcessingException) {
            Optional<FieldError> field = MalformedBody.fieldOf(cause);
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "malformed",
                    "Malformed request body",
                    field.map(error -> error.field() + " " + error.message())
                            .orElse("The body is not valid JSON for this request"),
                    field.map(List::of).orElse(null));
        }
        if (cause instanceof WebApplicationException web) {
            Response.Status status =
                    Response.Status.fromStatusCode(web.getResponse().getStatus());
            Response.Status known = status == null ? Response.Status.INTERNAL_SERVER_ERROR : status;
            Response.ResponseBuilder builder = Response.fromResponse(Problem.response(
                    known,
                    known.name().toLowerCase().replace('_', '-'),
                    known.getReasonPhrase(),
                    web.getMessage(),
                    null));
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
            return builder.build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure", thrown);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                "The request failed unexpectedly; the server log has the details",
                null);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException
                        || current instanceof jakarta.transaction.RollbackException
                        || current instanceof jakarta.persistence.PersistenceException
                                && !(current instanceof OptimisticLockException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** A query or path parameter that cannot be used, named. */
    public static class BadRequestParameter extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String field;

        public BadRequestParameter(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }

        FieldError error() {
            return new FieldError(field, Message.verbatim(getMessage().substring(field.length() + 2)));
        }
    }
}
