package org.practica.server.web.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.practica.server.api.support.ServletProblems;
import org.practica.server.security.SessionIdentity;
import org.practica.server.web.support.Messages;

import java.io.IOException;

/**
 * Someone signed in with a one-time password (after an administrator's reset) sees nothing but
 * their account page until they have chosen their own password: the administrator who knows the
 * one-time password must not be able to use it for more than that. The same holds for staff who
 * must set up a second sign-in factor where the installation requires one.
 */
@WebFilter(urlPatterns = "/*")
public class AccountSetupFirst extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity known)
                || !known.setupPending() || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            String slug = known.mustChangePassword() ? "password-change-required" : "second-factor-enrolment-required";
            ServletProblems.write(request, response, 403, slug, "problem." + slug, Messages.get(ServletProblems.locale(request),
                    known.mustChangePassword() ? "account.password.mustChange" : "secondFactor.mustEnrol"));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/account.xhtml");
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/account.xhtml") || path.equals("/login.xhtml") || path.equals("/error")
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/health");
    }
}
