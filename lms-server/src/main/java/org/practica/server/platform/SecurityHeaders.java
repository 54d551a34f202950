package org.practica.server.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.practica.server.web.support.Assets;

import java.io.IOException;

/**
 * Browser-side defences on every response. Pages and API answers are never stored by the browser
 * or a proxy (no-store): on a shared computer the Back button after signing out must not bring
 * back a supervisor's notes; only static resources, which hold nothing personal, are cached. The
 * one exception, the lesson and quiz pages a learner reopens on a slow line, is
 * {@link RevalidatedPages}'s to decide.
 * Served over https (PRACTICA_PUBLIC_URL), browsers are told to use nothing else (HSTS).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private boolean https;

    @Override
    public void init() {
        https = ConfigProvider.getConfig().getOptionalValue("PRACTICA_PUBLIC_URL", String.class)
                .map(url -> url.regionMatches(true, 0, "https://", 0, 8)).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStatic(request)) {
            // what only a document obeys; a stylesheet or script would carry it over a 2G line for nothing
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
            response.setHeader("Cache-Control", "no-store");
        } else if (request.getParameter(Assets.DIGEST) != null) {
            // the address names the content, which never changes under it: kept a year, and the
            // resource handler's own week (which it sets after this filter) is not let through
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(request, new KeptForAYear(response));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A response whose caching headers are already decided. */
    private static final class KeptForAYear extends HttpServletResponseWrapper {

        KeptForAYear(HttpServletResponse response) {
            super(response);
        }

        private static boolean decided(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!decided(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!decided(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!decided(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!decided(name)) {
                super.addDateHeader(name, date);
            }
        }
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}
