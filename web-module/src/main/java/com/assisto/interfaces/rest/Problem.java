package com.assisto.interfaces.rest;

import com.assisto.domain.shared.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names each invalid field. */
public record Problem(String type, String title, int status, String detail, List<InvalidField> errors) {

    /** One invalid field and what is wrong with it, in English, as the API speaks. */
    public record InvalidField(String field, String message) {}

    public static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Response response(
            Response.Status status, String type, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem(
                        "urn:assisto:problem:" + type,
                        title,
                        status.getStatusCode(),
                        detail,
                        errors == null || errors.isEmpty()
                                ? null
                                : errors.stream()
                                        .map(error -> new InvalidField(error.field(), error.message()))
                                        .toList()))
                .build();
    }
}
