package org.practica.identity.domain;

import java.util.Optional;

public interface SecondFactorRepository {

    Optional<SecondFactor> of(long userId);

    void add(SecondFactor factor);

    void remove(SecondFactor factor);

    /** Every second factor, a batch at a time in user order, after the user given. */
    java.util.List<SecondFactor> after(long userId, int max);
}
