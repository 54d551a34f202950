package org.practica.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.practica.server.api.Problem;
import org.practica.server.platform.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.Locale;
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
@ApplicationScoped
public class PracticaAuthentication implements HttpAuthenticationMechanism {

    public static final String OUTCOME_ATTRIBUTE = "practica.signInOutcome";
    /** Liberty's documented property for a custom authentication cache key (AttributeNameConstants). */
    private static final String LIBERTY_CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";
    private static final String API_PREFIX = "/api/";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AccessTokens tokens;

    @Inject
    SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), request, response, context);
        }
        if (context.isAuthenticationRequest()) {
            return passwordSignIn(context.getAuthParameters().getCredential(), request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity known) {
            return known(context, known.username(), known.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, "auth.required");
        }
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        try {
            AccessTokens.Caller caller = tokens.verify(token);
            return known(context, caller.username(), caller.roles());
        } catch (InvalidToken e) {
            return unauthorized(request, response, e.messageKey());
        }
    }

    private AuthenticationStatus passwordSignIn(Credential credential, HttpServletRequest request,
                                                HttpMessageContext context) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInOutcome outcome = signIn.attempt(password.getCaller(), password.getPasswordAsString());
        request.setAttribute(OUTCOME_ATTRIBUTE, outcome);
        if (!outcome.isAccepted()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();   // no session fixation
        }
        request.getSession(true).setAttribute(SessionIdentity.ATTRIBUTE,
                new SessionIdentity(outcome.username(), outcome.roles()));
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
        Locale locale = Messages.negotiate(request.getHeader("Accept-Language"));
        Problem problem = Problem.of(401, "unauthorized", Messages.get(locale, "problem.unauthorized"),
                Messages.get(locale, messageKey)).at(request.getRequestURI());
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"practica\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(problem));
        } catch (IOException e) {
            response.setStatus(401);
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
