package org.practica.server.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.server.web.support.LanguageBean;
import org.practica.server.web.support.Messages;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The page people see for an error, in the application's top bar with its main links: a page
 * that does not exist (404), one that is not for the person's role (403), and anything else,
 * each in its own words and the visitor's language. Written without Faces, so that it also
 * serves where Faces cannot (during authentication, or after a page failed half-way), and it
 * never shows what went wrong inside.
 */
public final class ErrorPages {

    /** The cookie that keeps the language a visitor picked before signing in. */

    private ErrorPages() {
    }

    /** Writes the page for {@code status} and sends it at once, so nothing replaces it on the way out. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = language(request);
        String kind = status == 404 ? "error.notFound" : status == 403 ? "error.forbidden" : "error";
        String home = request.getContextPath() + "/index.xhtml";
        boolean signedIn = request.getUserPrincipal() != null;
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html " + Messages.htmlLanguage(locale) + "><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text(locale, kind + ".title") + " · " + text(locale, "app.name") + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/jakarta.faces.resource/css/practica.css.xhtml\">"
                + "</head><body><header class=\"topbar\"><a class=\"brand\" href=\"" + home + "\">" + text(locale, "app.name") + "</a>"
                + "<nav class=\"menu\" aria-label=\"" + text(locale, "menu.main") + "\">"
                + link(request, "/index.xhtml", text(locale, "menu.dashboard"))
                + link(request, "/courses/index.xhtml", text(locale, "menu.catalogue"))
                + link(request, "/certificates/index.xhtml", text(locale, "menu.certificates"))
                + (signedIn ? "" : link(request, "/login.xhtml", text(locale, "login.submit")))
                + "</nav></header><main id=\"content\"><h1 id=\"errorTitle\">" + text(locale, kind + ".title")
                + "</h1><p id=\"errorText\">" + text(locale, kind + ".text") + "</p><p><a id=\"errorBack\" class=\"button\" href=\""
                + home + "\">" + text(locale, "error.back") + "</a></p></main></body></html>");
        response.flushBuffer();
    }

    /** The language a visitor picked on the sign-in page (its cookie), else the browser's. */
    private static Locale language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LanguageBean.COOKIE.equals(c.getName())) {
                    return Messages.negotiate(c.getValue());
                }
            }
        }
        return Messages.negotiate(request.getHeader("Accept-Language"));
    }

    private static String link(HttpServletRequest request, String page, String label) {
        return "<a href=\"" + request.getContextPath() + page + "\">" + label + "</a>";
    }

    private static String text(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
