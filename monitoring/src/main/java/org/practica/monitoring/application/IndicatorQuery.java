package org.practica.monitoring.application;

import org.practica.monitoring.domain.profile.ProfileFilter;

import java.time.LocalDate;

/**
 * What a reader asked the indicators for: a period, an organisation (none: all within reach), a
 * course, and the people's own facts to narrow to.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, Long organisation, Long course, Long cohort, Long body, ProfileFilter people) {

    public IndicatorQuery {
        people = people == null ? ProfileFilter.ANYONE : people;
    }

    public static IndicatorQuery period(LocalDate from, LocalDate to, Long organisation) {
        return new IndicatorQuery(from, to, organisation, null, null, null, ProfileFilter.ANYONE);
    }

    /** The query for an audit line: "from 2026-01-01 to 2026-06-30 organisation:3 sex:FEMALE". */
    public String describe() {
        return "from " + from + " to " + to + (organisation == null ? "" : " organisation:" + organisation)
                + (course == null ? "" : " course:" + course) + (cohort == null ? "" : " cohort:" + cohort) + (body == null ? "" : " body:" + body)
                + people.describe();
    }
}
