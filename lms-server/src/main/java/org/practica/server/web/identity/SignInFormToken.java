package org.practica.server.web.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.server.platform.SecureCookies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Guards the sign-in form against cross-site submission without an HTTP session: the form page is
 * stateless so that anonymous visits cost no server memory, which also means Faces has no view
 * state to check. The token travels twice, in a strict same-site cookie and in a hidden field; a
 * forged form on another site cannot read the cookie, so it cannot make the two agree.
 */
public final class SignInFormToken {

    static final String COOKIE = "practica-signin";
    static final String FIELD = "signInToken";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 43;   // 32 random bytes in unpadded base64url

    private SignInFormToken() {
    }

    /** The token for the form being rendered: the browser's current one, or a new one it is given. */
    static String issue(HttpServletRequest request, HttpServletResponse response) {
        String existing = fromCookie(request);
        if (existing != null) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(-1);
        cookie.setAttribute("SameSite", "Strict");
        // sent over https only when the installation is served over https (or the request came that way)
        cookie.setSecure(request.isSecure() || SecureCookies.wanted());
        response.addCookie(cookie);
        return token;
    }

    static boolean matches(HttpServletRequest request) {
        String expected = fromCookie(request);
        String submitted = request.getParameter(FIELD);
        return expected != null && submitted != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
    }

    private static String fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().length() == LENGTH
                    && c.getValue().chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '_')) {
                return c.getValue();
            }
        }
        return null;
    }
}
