package org.practica.monitoring.application;

import org.practica.monitoring.domain.profile.ProfileFacts;

import java.time.Instant;

/** A person's facts as they read them back and the API carries them: names of the values, null where none was given. */
public record ProfileFactsView(String sex, String ageBand, String region, String profession, String organisationType, Instant consentedAt) {

    public static ProfileFactsView of(ProfileFacts f) {
        return new ProfileFactsView(f.sex().map(Enum::name).orElse(null), f.ageBand().map(Enum::name).orElse(null),
                f.region().map(r -> r.code()).orElse(null), f.profession().map(Enum::name).orElse(null),
                f.organisationType().map(Enum::name).orElse(null), f.consentedAt());
    }
}
