package org.practica.server.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.SupportResources;

import java.security.Principal;

/**
 * The support the signed-in person's organisation offers, for the pages that may need it (a
 * content note, a break), in the page's language where it is written; asked once per request.
 */
@Named("support")
@RequestScoped
public class SupportOffer {

    @Inject
    SupportResources resources;

    private SupportResources.Offer offer;
    private boolean asked;

    /** The offer, or null when the organisation has written none (the page then says whom to ask). */
    public SupportResources.Offer getOffer() {
        if (!asked) {
            asked = true;
            FacesContext faces = FacesContext.getCurrentInstance();
            Principal who = faces.getExternalContext().getUserPrincipal();
            offer = who == null ? null : resources.forPerson(who.getName(), faces.getViewRoot().getLocale().getLanguage()).orElse(null);
        }
        return offer;
    }
}
