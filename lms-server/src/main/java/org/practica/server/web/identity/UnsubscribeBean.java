package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.MailSettings;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

/**
 * The page an e-mail's unsubscribe link opens (unsubscribe.xhtml): it names what would stop and
 * asks, because mail scanners open links; the button stops it. No sign-in: the token is the key.
 */
@Named("unsubscribe")
@RequestScoped
public class UnsubscribeBean {

    @Inject
    MailSettings settings;

    private String token;
    private String kind;
    private String what;
    private boolean done;
    private boolean unknown;

    public void load() {
        try {
            what = settings.unsubscribable(token, kind);
        } catch (NotFound | InvalidInput e) {
            unknown = true;
        }
    }

    public String confirm() {
        try {
            what = settings.unsubscribe(token, kind);
            done = true;
        } catch (NotFound | InvalidInput e) {
            unknown = true;
        }
        return null;
    }

    /** The message key naming what stops. */
    public String getWhatKey() {
        return MailSettings.DIGEST.equals(what) ? "unsubscribe.digest" : "notices.kind." + what;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isUnknown() {
        return unknown;
    }
}
