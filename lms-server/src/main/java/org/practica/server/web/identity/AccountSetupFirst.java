package org.practica.server.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.practica.identity.application.PrivacyNotices;
import org.practica.server.api.support.ServletProblems;
import org.practica.server.security.SessionIdentity;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Someone signed in with a one-time password (after an administrator's reset) sees nothing but
 * their account page until they have chosen their own password: the administrator who knows the
 * one-time password must not be able to use it for more than that. The same holds for staff who
 * must set up a second sign-in factor where the installation requires one. After that, someone
 * who has not accepted the current privacy notice reads it first (notice.xhtml), then goes on to
 * where they were going.
 */
@WebFilter(urlPatterns = "/*")
public class AccountSetupFirst extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PrivacyNotices notices;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity known)
                || !(known.setupPending() || known.noticePending()) || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!known.setupPending()) {
            if (path.equals("/notice.xhtml") || path.equals("/privacy.xhtml") || path.startsWith("/api/v1/me/notice")) {
                chain.doFilter(request, response);
            } else if (notices.pendingFor(known.username()).isEmpty()) {
                // accepted meanwhile, in another tab or through the API
                SessionIdentity.noticeAccepted(request);
                chain.doFilter(request, response);
            } else {
                noticeFirst(request, response, path);
            }
            return;
        }
        if (path.startsWith("/api/")) {
            String slug = known.mustChangePassword() ? "password-change-required" : "second-factor-enrolment-required";
            ServletProblems.write(request, response, 403, slug, "problem." + slug, Messages.get(ServletProblems.locale(request),
                    known.mustChangePassword() ? "account.password.mustChange" : "secondFactor.mustEnrol"));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/account.xhtml");
    }

    private static void noticeFirst(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (path.startsWith("/api/")) {
            ServletProblems.write(request, response, 403, "notice-acceptance-required", "problem.notice-acceptance-required",
                    Messages.get(ServletProblems.locale(request), "notice.mustAccept"));
            return;
        }
        String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + "/notice.xhtml?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the service worker too: a browser refuses a worker script behind a redirect
        return path.equals("/account.xhtml") || path.equals("/login.xhtml") || path.equals("/error")
                || path.equals("/sw.js")
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/health");
    }
}
