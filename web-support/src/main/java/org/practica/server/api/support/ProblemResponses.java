package org.practica.server.api.support;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.practica.kernel.InvalidInput;
import org.practica.server.web.support.Messages;

import java.util.List;
import java.util.Locale;

/** Builds problem responses in the caller's language. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Locale locale(HttpHeaders headers) {
        return Messages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static Response response(Problem problem, UriInfo uri) {
        Problem located = uri == null ? problem : problem.at(uri.getRequestUri().getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }

    public static Response simple(int status, String slug, String titleKey, String detailKey, HttpHeaders headers, UriInfo uri,
                           Object... arguments) {
        Locale locale = locale(headers);
        return response(Problem.of(status, slug, Messages.get(locale, titleKey), Messages.get(locale, detailKey, arguments)), uri);
    }

    public static Response invalid(int status, String slug, InvalidInput e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = e.all().stream()
                .map(p -> new Problem.FieldError(p.field(), Messages.get(locale, p.messageKey(), p.arguments()))).toList();
        return response(Problem.invalid(status, slug, Messages.get(locale, "problem." + slug), errors), uri);
    }
}
