package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The Content-Security-Policy nonce of this view, for the forms of the light pages. PrimeFaces
 * checks that a postback sends back the nonce its view was given; its own script adds it to
 * forms, but light pages load no script, so a light page's form that may be posted more than
 * once from the same view (the quiz attempt's summary, then its submission) carries it itself.
 */
@Named("cspNonce")
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
