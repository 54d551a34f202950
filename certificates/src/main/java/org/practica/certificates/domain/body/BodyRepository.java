package org.practica.certificates.domain.body;

import java.util.List;
import java.util.Optional;

public interface BodyRepository {

    Optional<ProfessionalBody> find(BodyId id);

    Optional<ProfessionalBody> byCode(String code);

    /** The body a registrar serves, if any; a registrar serves one body. */
    Optional<ProfessionalBody> ofRegistrar(String username);

    List<ProfessionalBody> all();

    void add(ProfessionalBody body);
}
