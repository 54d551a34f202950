package org.practica.monitoring.infrastructure;

import jakarta.persistence.Query;
import org.practica.monitoring.domain.profile.ProfileFilter;

import java.util.ArrayList;
import java.util.List;

/** The JPQL conditions on ProfileFacts {@code f} a filter names, and their parameters: one place for every query that narrows by facts. */
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

    static void bind(Query query, ProfileFilter people) {
        if (people.sex() != null) query.setParameter("sex", people.sex());
        if (people.ageBand() != null) query.setParameter("ageBand", people.ageBand());
        if (people.region() != null) query.setParameter("region", people.region().code());
        if (people.profession() != null) query.setParameter("profession", people.profession());
        if (people.organisationType() != null) query.setParameter("organisationType", people.organisationType());
    }
}
