package org.practica.server.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.server.identity.application.OwnAccount;
import org.practica.server.identity.domain.Language;

import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;

/** The language pages are shown in: the browser's at first, the person's own once they sign in. */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnAccount ownAccount;

    private Language language;

    public Locale getLocale() {
        return current().locale();
    }

    public String getCode() {
        return current().code();
    }

    public boolean is(String code) {
        return current().code().equals(code);
    }

    /** Switches and, for a signed-in person, remembers the choice in their account. */
    public String switchTo(String code) {
        language = Language.of(code);
        FacesContext faces = FacesContext.getCurrentInstance();
        Principal user = faces.getExternalContext().getUserPrincipal();
        if (user != null) {
            ownAccount.chooseLanguage(user.getName(), code);
        }
        faces.getViewRoot().setLocale(language.locale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    void useAccountLanguage(Language accountLanguage) {
        language = accountLanguage;
    }

    private Language current() {
        if (language == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            language = requested != null && "ru".equals(requested.getLanguage()) ? Language.RU : Language.EN;
        }
        return language;
    }
}
