package org.practica.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.server.platform.DatabaseMode;
import org.practica.server.security.PracticaAuthentication;
import org.practica.server.security.SignInOutcome;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    DatabaseMode databaseMode;

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
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        Object outcome = request.getAttribute(PracticaAuthentication.OUTCOME_ATTRIBUTE);
        FacesFeedback.error(outcome instanceof SignInOutcome o ? o.messageKey() : "login.failed");
        password = null;
    }

    /** Only paths on this server; anything else could send a person to a look-alike site. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
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

    public String getTokenField() {
        return SignInFormToken.FIELD;
    }

    public boolean isDemo() {
        return databaseMode.withDemoContent();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
