package org.practica.server.api.support;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * RFC 9457 problems written by filters and the authentication mechanism, before a request reaches
 * JAX-RS and its mappers: the same shape and the same type addresses as theirs, in the caller's
 * language.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    public static Locale locale(HttpServletRequest request) {
        return Messages.negotiate(request.getHeader("Accept-Language"));
    }

    /** Writes the problem; {@code detail} is already in the caller's language. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String slug, String titleKey,
                             String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "https://practica.example/problems/" + slug)
                .add("title", Messages.get(locale(request), titleKey)).add("status", status)
                .add("detail", detail).add("instance", request.getRequestURI()).build().toString());
        // sent at once: a refusal from the authentication mechanism would otherwise be replaced by
        // the HTML error page the container keeps for the same status
        response.flushBuffer();
    }
}
