package org.practica.server.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.practica.identity.application.PrivacyNotices;
import org.practica.identity.application.SignIn;
import org.practica.identity.application.SignInOutcome;
import org.practica.kernel.Role;
import org.practica.server.api.support.ServletProblems;
import org.practica.server.platform.ErrorPages;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How callers prove who they are: programs send a bearer token (see {@link AccessTokens}); people
 * sign in on the login page and are then known by their HTTP session. An API request that is not
 * authenticated gets a 401 problem, never a redirect to a page it cannot show.
 *
 * <p>Liberty's mpJwt feature cannot be combined with an application's authentication mechanism
 * (OpenLiberty issue 12253, working as designed), so bearer tokens are checked here.
 */
@DeclareRoles({Role.LEARNER_NAME, Role.SUPERVISOR_NAME, Role.TRAINER_NAME, Role.REGISTRAR_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME,
        Role.PROGRAMME_MANAGER_NAME})
@ApplicationScoped
public class PracticaAuthentication implements HttpAuthenticationMechanism {

    /** Liberty's documented property for a custom authentication cache key (AttributeNameConstants). */
    private static final String LIBERTY_CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";
    private static final String API_PREFIX = "/api/";

    @Inject
    AccessTokens tokens;

    @Inject
    CurrentAccess access;

    @Inject
    PrivacyNotices notices;

    @Inject
    @ConfigProperty(name = "PRACTICA_PUBLIC_URL")
    Optional<String> publicUrl;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), request, response, context);
        }
        if (context.isAuthenticationRequest()) {
            return signedIn(context.getAuthParameters().getCredential(), request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity known) {
            if (access.honours(known.username(), known.accessStamp())) {
                if (isApi(request) && SameOrigin.required(request) && !SameOrigin.holds(request, publicUrl)) {
                    return refused(request, response, 403, "forbidden", "problem.forbidden", "auth.crossSite");
                }
                return known(context, known.username(), known.roles());
            }
            // the account changed since this session signed in: it ends here
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, "auth.required");
        }
        if (!pageExists(request)) {
            // a page that does not exist is missing for everyone: signing in would not find it
            try {
                ErrorPages.write(request, response, 404);
            } catch (IOException e) {
                response.setStatus(404);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }

    private static boolean pageExists(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            return !path.endsWith(".xhtml") || request.getServletContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        try {
            AccessTokens.Bearer caller = tokens.verify(token);
            if (!access.honours(caller.username(), caller.accessStamp())) {
                return unauthorized(request, response, "token.revoked");
            }
            return known(context, caller.username(), caller.roles());
        } catch (InvalidToken e) {
            return unauthorized(request, response, e.messageKey());
        }
    }

    /**
     * The login page has already checked the password with {@link SignIn}; what arrives here is
     * its proof, so no password passes through the container's authentication code.
     */
    private AuthenticationStatus signedIn(Credential credential, HttpServletRequest request,
                                                 HttpMessageContext context) {
        if (!(credential instanceof ProvenCaller proven) || !proven.outcome().isAccepted()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInOutcome outcome = proven.outcome();
        HttpSession earlier = request.getSession(false);
        if (earlier != null) {
            // a fresh session: none fixed by someone else, nothing left of whoever used it before
            // (Liberty also refuses a session that another signed-in person owned)
            earlier.invalidate();
        }
        request.getSession(true).setAttribute(SessionIdentity.ATTRIBUTE,
                new SessionIdentity(outcome.username(), outcome.roles(), outcome.accessStamp(), outcome.mustChangePassword(),
                        outcome.mustEnrolSecondFactor(), notices.pendingFor(outcome.username()).isPresent()));
        return context.notifyContainerAboutLogin(outcome.username(), outcome.roles());
    }

    /**
     * Tells the container who a caller already proven is. Liberty would otherwise build and sign a
     * new single sign-on token for every request (an RSA signature, about 40 % of the CPU of a
     * small API call); a cache key naming the identity lets it reuse the subject it built the first
     * time, from its authentication cache. The key holds the roles, so a change of roles is a new
     * subject.
     */
    private static AuthenticationStatus known(HttpMessageContext context, String username, Set<String> roles) {
        Hashtable<String, Object> custom = new Hashtable<>();
        custom.put(LIBERTY_CACHE_KEY, "practica|" + username + "|" + String.join(",", new TreeSet<>(roles)));
        context.getClientSubject().getPrivateCredentials().add(custom);
        return context.notifyContainerAboutLogin(username, roles);
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String messageKey) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"practica\"");
        return refused(request, response, 401, "unauthorized", "problem.unauthorized", messageKey);
    }

    private static AuthenticationStatus refused(HttpServletRequest request, HttpServletResponse response, int status,
                                                String slug, String titleKey, String messageKey) {
        try {
            ServletProblems.write(request, response, status, slug, titleKey,
                    Messages.get(ServletProblems.locale(request), messageKey));
        } catch (IOException e) {
            response.setStatus(status);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    /** Only a path on this server, so the login page cannot be used to redirect elsewhere. */
    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
