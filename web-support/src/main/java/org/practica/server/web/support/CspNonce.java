package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * The Content-Security-Policy nonce of this view, which {@link FormNonce} puts into every form.
 */
@Named("cspNonce")
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    /**
     * The nonce is base64 of a UUID, so it needs no escaping in an attribute. A postback that did
     * not send its view's nonce back (a form posted from elsewhere) has none to give; its page is
     * still shown, with whatever the form's own checks say.
     */
    public String getHiddenField() {
        try {
            return "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + getValue() + "\"/>";
        } catch (CspException e) {
            return "";
        }
    }
}
