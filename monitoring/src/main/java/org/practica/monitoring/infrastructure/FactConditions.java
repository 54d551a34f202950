package org.practica.monitoring.infrastructure;

import jakarta.persistence.Query;
import org.practica.monitoring.domain.profile.ProfileFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions a filter's facts make, and their parameters: in JPQL on ProfileFacts {@code f},
 * or in SQL on any table with the facts' columns. One place for every query that narrows by facts.
 */
final class FactConditions {

    private FactConditions() {
    }

    static String jpql(ProfileFilter people) {
        List<String> facts = new ArrayList<>();
        if (people.sex() != null) facts.add("f.sex = :sex");
        if (people.ageBand() != null) facts.add("f.ageBand = :ageBand");
        if (people.region() != null) facts.add("f.region = :region");
        if (people.profession() != null) facts.add("f.profession = :profession");
        if (people.organisationType() != null) facts.add("f.organisationType = :organisationType");
        return String.join(" and ", facts);
    }

    /** SQL conditions on the fact columns of {@code alias} (profile_fact, monitored_person), with positional parameters. */
    static void sql(ProfileFilter people, String alias, List<String> conditions, List<Object> parameters) {
        if (people.sex() != null) { conditions.add(alias + "sex = ?"); parameters.add(people.sex().name()); }
        if (people.ageBand() != null) { conditions.add(alias + "age_band = ?"); parameters.add(people.ageBand().name()); }
        if (people.region() != null) { conditions.add(alias + "region = ?"); parameters.add(people.region().code()); }
        if (people.profession() != null) { conditions.add(alias + "profession = ?"); parameters.add(people.profession().name()); }
        if (people.organisationType() != null) { conditions.add(alias + "organisation_type = ?"); parameters.add(people.organisationType().name()); }
    }

    static void bind(Query query, ProfileFilter people) {
        if (people.sex() != null) query.setParameter("sex", people.sex());
        if (people.ageBand() != null) query.setParameter("ageBand", people.ageBand());
        if (people.region() != null) query.setParameter("region", people.region().code());
        if (people.profession() != null) query.setParameter("profession", people.profession());
        if (people.organisationType() != null) query.setParameter("organisationType", people.organisationType());
    }
}
