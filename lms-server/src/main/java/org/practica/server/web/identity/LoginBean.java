package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.identity.application.OwnAccount;
import org.practica.identity.application.PendingSecondSteps;
import org.practica.identity.application.SignIn;
import org.practica.identity.application.SignInOutcome;
import org.practica.server.platform.DatabaseMode;
import org.practica.server.security.ProvenCaller;
import org.practica.server.web.support.FacesFeedback;

import java.io.IOException;
import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    DatabaseMode databaseMode;

    @Inject
    SignIn signIn;

    @Inject
    PendingSecondSteps pendingSteps;

    @Inject
    OwnAccount ownAccount;

    /** The request parameter naming a sign-in held for its second step. */
    static final String SECOND_STEP = "secondStep";
    private String code;
    private String pendingId;

    private String username;
    private String password;
    private String next;
    private String token;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!SignInFormToken.matches(request)) {
            FacesFeedback.error("login.formExpired");
            password = null;
            return;
        }
        String held = request.getParameter(SECOND_STEP);
        SignInOutcome outcome;
        if (held != null) {
            Optional<SignInOutcome> first = pendingSteps.find(held);
            if (first.isEmpty()) {
                FacesFeedback.error("login.secondFactor.expired");
                return;   // the page shows the first step again
            }
            outcome = signIn.secondStep(first.get(), code, request.getRemoteAddr());
            code = null;
            if (!outcome.isAccepted()) {
                pendingId = held;
                FacesFeedback.error(outcome.result() == SignInOutcome.Result.THROTTLED ? "login.throttled" : "login.secondFactor.wrong",
                        outcome.retryAfterSeconds());
                return;
            }
            pendingSteps.done(held);
        } else {
            outcome = signIn.attempt(username, password, request.getRemoteAddr());
            password = null;
            if (outcome.needsSecondFactor()) {
                pendingId = pendingSteps.hold(outcome);
                return;
            }
        }
        if (!outcome.isAccepted()) {
            if (outcome.result() == SignInOutcome.Result.THROTTLED) {
                FacesFeedback.error("login.throttled", outcome.retryAfterSeconds());
            } else {
                FacesFeedback.error(outcome.messageKey());
            }
            return;
        }
        if (request.getUserPrincipal() != null) {
            // someone else was signed in here: they are signed out first, or the container would
            // give the new person a session still marked as theirs
            try {
                request.logout();
            } catch (jakarta.servlet.ServletException e) {
                throw new IllegalStateException(e);
            }
            var earlier = request.getSession(false);
            if (earlier != null) {
                earlier.invalidate();
            }
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(ProvenCaller.of(outcome)));
        if (status == AuthenticationStatus.SUCCESS) {
            ownAccount.guessTimeZone(outcome.username(), request.getParameter("zone"));
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        FacesFeedback.error("login.failed");
    }

    /** Only paths on this server; anything else could send a person to a look-alike site. */
    private String safeNext() {
        return LocalTarget.of(next, "/login.xhtml");
    }

    /** Runs before the page renders, while a cookie can still be set. */
    public void prepare() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        token = SignInFormToken.issue((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
    }

    /** The hidden field's value; see {@link SignInFormToken}. */
    public String getToken() {
        if (token == null) {
            prepare();   // re-rendered after a validation error: the browser has the cookie already
        }
        return token;
    }

    public String getTokenField() { return SignInFormToken.FIELD; }

    /** True when the page asks for the code from the authenticator app (after a right password). */
    public boolean isSecondStep() { return pendingId != null || FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(SECOND_STEP) != null; }

    public String getPendingId() {
        if (pendingId == null) {
            pendingId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(SECOND_STEP);
        }
        return pendingId;
    }

    public String getSecondStepField() { return SECOND_STEP; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isDemo() { return databaseMode.withDemoContent(); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
