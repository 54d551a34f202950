package org.practica.server.web.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.server.platform.DatabaseOutage;
import org.practica.server.platform.DatabaseTrouble;
import org.practica.server.platform.Messages;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The page shown for any error. A plain servlet on purpose: an error can happen half-way through a
 * page, and a Faces error page would then touch the session (state, language choice) from a
 * dispatch the container treats as anonymous, failing a second time. This one needs nothing but
 * the request's preferred language, and never shows what went wrong inside.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (DatabaseTrouble.in((Throwable) request.getAttribute("jakarta.servlet.error.exception"))) {
            response.resetBuffer();
            DatabaseOutage.unavailable(request, response);
            return;
        }
        Locale locale = Messages.negotiate(request.getHeader("Accept-Language"));
        response.resetBuffer();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Messages.get(locale, "error.title") + " · " + Messages.get(locale, "app.name") + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/jakarta.faces.resource/css/practica.css.xhtml\">"
                + "</head><body><main class=\"login-box\"><h1>" + Messages.get(locale, "error.title") + "</h1><p>"
                + Messages.get(locale, "error.text") + "</p><p><a href=\"" + request.getContextPath() + "/index.xhtml\">"
                + Messages.get(locale, "error.back") + "</a></p></main></body></html>");
    }
}
