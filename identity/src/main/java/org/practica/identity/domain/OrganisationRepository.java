package org.practica.identity.domain;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findByName(String name);

    List<Organisation> all();

    void add(Organisation organisation);
}
