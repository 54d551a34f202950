package org.practica.monitoring.domain.profile;

import java.util.Optional;

/** The facts people gave, one row per person who consented. */
public interface ProfileFactsRepository {

    Optional<ProfileFacts> find(long personId);

    void save(ProfileFacts facts);

    /** Forgets the person's facts; whether there were any. */
    boolean remove(long personId);
}
