package org.practica.certificates.application;

import org.practica.certificates.domain.body.ProfessionalBody;

import java.util.List;

/** A professional body; registrars are listed only for admins. */
public record BodyView(long id, String code, String name, String country, String discipline, boolean hasLogo, List<String> registrars) {

    static BodyView of(ProfessionalBody b, boolean withRegistrars) {
        return new BodyView(b.id().value(), b.code(), b.name(), b.country(), b.discipline().name(), b.logo() != null,
                withRegistrars ? b.registrars().stream().sorted().toList() : null);
    }
}
