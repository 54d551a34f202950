package org.practica.certificates.application;

import org.practica.certificates.domain.body.ProfessionalBody;

import java.util.List;
import java.util.Map;

/**
 * A professional body; registrars are listed only for admins. {@code names} has its name in every
 * language it goes by; {@code name} repeats the English one (else its first) for older clients.
 */
public record BodyView(long id, String code, String name, Map<String, String> names, String country, String discipline,
                       boolean hasLogo, List<String> registrars) {

    static BodyView of(ProfessionalBody b, boolean withRegistrars) {
        return new BodyView(b.id().value(), b.code(), b.name(), b.names().versions(), b.country(), b.discipline().name(), b.logo() != null,
                withRegistrars ? b.registrars().stream().sorted().toList() : null);
    }
}
