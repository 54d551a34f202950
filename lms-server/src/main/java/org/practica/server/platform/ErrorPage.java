package org.practica.server.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practica.server.web.support.DatabaseTrouble;

import java.io.IOException;

/**
 * Where the container sends every error ({@code web.xml}): a database outage answers 503 at
 * once, anything else gets {@link ErrorPages}. A plain servlet on purpose: an error can happen
 * half-way through a page, and a Faces error page would then touch the session (state, language
 * choice) from a dispatch the container treats as anonymous, failing a second time.
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
        Object status = request.getAttribute("jakarta.servlet.error.status_code");
        ErrorPages.write(request, response, status instanceof Integer code ? code : 500);
    }
}
