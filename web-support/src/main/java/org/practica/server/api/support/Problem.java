package org.practica.server.api.support;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code field} names the input at fault when there is one;
 * {@code errors} lists every field at fault when several are.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "field", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
                      String field, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://practica.example/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null);
    }

    public static Problem invalid(int status, String slug, String title, List<FieldError> errors) {
        String detail = errors.isEmpty() ? title : errors.get(0).message();
        String field = errors.isEmpty() ? null : errors.get(0).field();
        return new Problem(TYPE_BASE + slug, title, status, detail, null, field, List.copyOf(errors));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, field, errors);
    }
}
