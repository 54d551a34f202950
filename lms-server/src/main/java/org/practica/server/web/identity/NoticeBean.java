package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.practica.identity.application.PrivacyNotices;
import org.practica.kernel.Conflict;
import org.practica.server.security.SessionIdentity;
import org.practica.server.web.support.FacesFeedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The privacy notice and terms, read on their own (privacy.xhtml, open to everyone) or before
 * going on after signing in (notice.xhtml), where the person accepts the current version.
 */
@Named("notice")
@RequestScoped
public class NoticeBean {

    @Inject
    PrivacyNotices notices;

    private String next;
    private Optional<PrivacyNotices.NoticeView> current;

    public PrivacyNotices.NoticeView getCurrent() {
        if (current == null) {
            current = notices.current();
        }
        return current.orElse(null);
    }

    public String accept() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            notices.accept(FacesFeedback.signedIn(), version(external.getRequestParameterMap().get("version")));
        } catch (Conflict e) {
            // a newer version was published while this one was open: that one is shown now
            FacesFeedback.error(e.messageKey(), e.arguments());
            return null;
        }
        SessionIdentity.noticeAccepted((HttpServletRequest) external.getRequest());
        try {
            external.redirect(external.getRequestContextPath() + LocalTarget.of(next, "/notice.xhtml", "/login.xhtml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    private static Integer version(String posted) {
        try {
            return posted == null ? null : Integer.valueOf(posted.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
