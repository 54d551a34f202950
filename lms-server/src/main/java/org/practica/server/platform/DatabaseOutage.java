package org.practica.server.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.server.api.support.ServletProblems;
import org.practica.server.web.support.DatabaseTrouble;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * While {@link DatabaseWatch} finds the database silent, requests that would need it are answered
 * at once: 503 with Retry-After, a problem for the API and a short page for people, in their
 * language. Health, metrics and static files carry on.
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseOutage extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DatabaseWatch watch;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (watch.answering() || needsNoDatabase(request)) {
            chain.doFilter(request, response);
            return;
        }
        unavailable(request, response);
    }

    private static boolean needsNoDatabase(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/health") || path.startsWith("/metrics") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/openapi");
    }

    /** The answer to a request the database could not serve; also used for one that found out half-way. */
    public static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = ServletProblems.locale(request);
        response.setHeader("Retry-After", String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        String detail = Messages.get(locale, "database.unavailable");
        if (request.getRequestURI().contains("/api/")) {
            ServletProblems.write(request, response, 503, "unavailable", "problem.unavailable", detail);
        } else {
            response.setStatus(503);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html " + Messages.htmlLanguage(locale) + "><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + Messages.get(locale, "problem.unavailable") + "</title></head><body><main><h1>"
                    + Messages.get(locale, "problem.unavailable") + "</h1><p>" + detail + "</p></main></body></html>");
        }
    }
}
