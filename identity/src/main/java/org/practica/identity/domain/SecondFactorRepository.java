package org.practica.identity.domain;

import java.util.Optional;

public interface SecondFactorRepository {

    Optional<SecondFactor> of(long userId);

    void add(SecondFactor factor);

    void remove(SecondFactor factor);
}
