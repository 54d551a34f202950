package org.practica.server.api.support;

import org.practica.kernel.InvalidInput;

/** JAX-RS hands a resource null when a request has no body; this turns that into a 400 naming the body. */
public final class RequestBody {

    private RequestBody() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInput("body", "body.required");
        }
        return body;
    }

    /** A query parameter or field that must be given, else a 400 naming it. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInput(field, "validation.required");
        }
        return value;
    }
}
