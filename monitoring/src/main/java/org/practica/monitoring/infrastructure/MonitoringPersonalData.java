package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.practica.kernel.Actor;
import org.practica.kernel.PersonalData;
import org.practica.monitoring.application.ProfileConsents;
import org.practica.monitoring.application.ProfileFactsView;

import java.util.Map;

/** The facts a person gave for programme reports, with when they consented; the counts hold no more of them than a number. */
@ApplicationScoped
public class MonitoringPersonalData implements PersonalData {

    @Inject
    ProfileConsents consents;

    @Override
    public String part() {
        return "profile-facts";
    }

    @Override
    public Records of(Actor person) {
        return consents.mine(person).map(f -> new Records(Map.of("facts", ProfileFactsView.of(f)), Map.of("facts", 1), Map.of()))
                .orElse(new Records(Map.of(), Map.of("facts", 0), Map.of()));
    }
}
