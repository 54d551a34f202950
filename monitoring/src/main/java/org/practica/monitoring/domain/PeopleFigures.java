package org.practica.monitoring.domain;

import org.practica.monitoring.domain.profile.ProfileDimension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a dashboard counts of people in a period, however it was read: from the people's summary
 * ({@link PeopleSummary}) or, narrowed to some training, from the events themselves ({@link EventSummary}).
 */
public interface PeopleFigures {

    CountedEvents.Tally tally();

    /** People trained per organisation. */
    List<CountedEvents.GroupCount> byOrganisation();

    /** People trained per value of one fact, of those who gave it. */
    List<CountedEvents.FactCount> byFact(ProfileDimension dimension);

    /** Supervised hours per month (yyyymm) that had any. */
    Map<Integer, BigDecimal> hours();

    CountedEvents.Completion completion();

    /** The enrolments made in one month (yyyymm) of the period, and how many of them were completed since. */
    CountedEvents.Completion completion(int yyyymm);

    /** People who sat a graded quiz in the period. */
    long attempted();

    /** Of those, the people who passed one. */
    long passed();

    /** People who sat a graded quiz in one month (yyyymm). */
    long attempted(int yyyymm);

    /** Of those, the people who passed one that month. */
    long passed(int yyyymm);
}
