package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.identity.domain.AdministrativeReach;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.OrganisationRepository;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;

/** The organisation an administrator works on, if it is within their reach. */
@ApplicationScoped
public class AdministeredOrganisations {

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    /** One beyond the administrator's reach is answered as if it did not exist. */
    public Organisation reached(String actor, long organisationId) {
        AdministrativeReach reach = accounts.find(new Username(actor)).map(AdministrativeReach::of)
                .orElseThrow(() -> new NotPermitted("admin.notAnAdministrator"));
        if (!reach.mayPlaceIn(organisationId)) {
            throw new NotFound("organisation.notFound");
        }
        return organisations.find(organisationId).orElseThrow(() -> new NotFound("organisation.notFound"));
    }
}
