package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

@Named("logout")
@RequestScoped
public class LogoutBean {

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        // the browser's copies of lesson and quiz pages (RevalidatedPages) go too, so that Back on
        // a shared computer shows no one's pages; the courses a learner saved for offline are
        // storage, not cache, and stay as they chose (offline.js)
        external.setResponseHeader("Clear-Site-Data", "\"cache\"");
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
    }
}
