package org.practica.identity.application;

import org.practica.identity.domain.Organisation;

public record OrganisationView(long id, String name, String country, String kind, long members) {

    static OrganisationView of(Organisation organisation, long members) {
        return new OrganisationView(organisation.id(), organisation.name(), organisation.country(),
                organisation.kind().name(), members);
    }
}
