package org.practica.server.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A browser sends the session cookie with any request to us, also one a page on another site
 * makes it send (a cross-site form posted to the API would sign a session off). Browsers name the
 * page's origin in the Origin header of every request that changes something, so an API request
 * authenticated by the cookie alone must come from our own origin; programs use bearer tokens.
 */
final class SameOrigin {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private SameOrigin() {
    }

    static boolean required(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /** True when the request names its origin and it is this server as the browser reached it, or the public address. */
    static boolean holds(HttpServletRequest request, Optional<String> publicUrl) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return false;
        }
        // the name and port the browser used (Host, or :authority over HTTP/2)
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equalsIgnoreCase(request.getScheme()) ? 443 : 80);
        String reached = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        if (origin.equalsIgnoreCase(reached)) {
            return true;
        }
        return publicUrl.map(SameOrigin::originOf).map(origin::equalsIgnoreCase).orElse(false);
    }

    private static String originOf(String url) {
        try {
            URI u = URI.create(url);
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
