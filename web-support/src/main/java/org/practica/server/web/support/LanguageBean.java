package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.identity.application.Caller;
import org.practica.identity.application.OwnAccount;
import org.practica.identity.domain.Language;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.MultilingualText;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The language pages are shown in: a signed-in person's own (kept in their account); for a visitor,
 * the one they picked on the sign-in page (a cookie), else the browser's. Nothing is kept in the
 * HTTP session, so an anonymous page view never creates one.
 */
@Named("language")
@RequestScoped
public class LanguageBean {

    public static final String COOKIE = "practica-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    OwnAccount ownAccount;

    @Inject
    Caller caller;

    private Language language;
    private List<ContentLanguage> contentLanguages;

    public Locale getLocale() { return current().locale(); }
    public String getCode() { return current().code(); }
    /** The page's {@code dir}: Arabic pages run right to left. */
    public String getDirection() { return current().direction(); }
    public String getNativeName() { return current().nativeName(); }
    /** Every interface language, for the switcher, each named in itself. */
    public List<Language> getLanguages() { return List.of(Language.values()); }

    /** Every language content may be written in, the page's own first; a page's rows ask once each. */
    public List<ContentLanguage> getContentLanguages() {
        if (contentLanguages == null) {
            List<ContentLanguage> all = new ArrayList<>(List.of(ContentLanguage.values()));
            all.sort(Comparator.comparing(l -> !l.code().equals(getCode())));
            contentLanguages = List.copyOf(all);
        }
        return contentLanguages;
    }

    /** A content language's name in itself ("Қазақша"), for saying which language a text is shown in. */
    public String nameOf(String code) {
        return code == null ? "" : ContentLanguage.of("language", code).nativeName();
    }

    /** What a page says beside content shown in {@code code} because it has no version in the reader's language. */
    public String fallbackNote(String code) {
        return FacesFeedback.text("content.fallback", nameOf(code));
    }

    /** The lang attribute for content written in {@code code}: the page's own where the language is not known. */
    public String langOf(String code) {
        return code == null || code.isBlank() ? getCode() : code;
    }

    /** The dir attribute for content written in {@code code}. */
    public String directionOf(String code) {
        return code == null || code.isBlank() ? getDirection() : ContentLanguage.of("language", code).direction();
    }

    /** The languages a text kept in several has versions in, by their own names. */
    public String languagesOf(Map<String, String> texts) {
        return texts == null ? "" : texts.keySet().stream().map(code -> ContentLanguage.of("language", code).nativeName())
                .collect(Collectors.joining(", "));
    }

    /** A text kept in several languages, in the one this page is read in (else English, else the first there is). */
    public String in(Map<String, String> texts) {
        return texts == null || texts.isEmpty() ? "" : MultilingualText.written(texts).in(getCode());
    }

    /** The language {@link #in} shows a text in, for the element's lang attribute. */
    public String languageOf(Map<String, String> texts) {
        return texts == null || texts.isEmpty() ? getCode() : MultilingualText.written(texts).languageFor(getCode());
    }

    public boolean is(String code) {
        return current().code().equals(code);
    }

    /** Switches and, for a signed-in person, remembers the choice in their account. */
    public String switchTo(String code) {
        language = Language.of(code);
        contentLanguages = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Principal user = external.getUserPrincipal();
        if (user != null) {
            ownAccount.chooseLanguage(user.getName(), language.code());
        }
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) external.getResponse()).addCookie(cookie);
        faces.getViewRoot().setLocale(language.locale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private Language current() {
        if (language == null) {
            language = resolve();
        }
        return language;
    }

    private Language resolve() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null) {
            return Language.of(caller.locale().getLanguage());
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && Language.supported(c.getValue())) {
                    return Language.of(c.getValue());
                }
            }
        }
        return Language.preferredIn(request.getHeader("Accept-Language")).orElse(Language.EN);
    }
}
