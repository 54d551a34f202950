package org.practica.monitoring.domain;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The cohorts and bodies a report can be narrowed to, as the domains told monitoring of them:
 * each cohort's course, name and people (account numbers), and the courses each body's programmes
 * ask for. Nothing here names a person.
 */
public interface TrainingScopes {

    void cohortOpened(long cohortId, long courseId, String name);

    /** The person's enrolment in the course belongs to this cohort now, and to no other of the course. */
    void inCohort(long person, long courseId, long cohortId);

    void programmeAsks(long programmeId, long bodyId, String bodyName, Set<Long> courseIds);

    /** The course a cohort belongs to; empty for a cohort never told of. */
    OptionalLong courseOf(long cohortId);

    /** The courses a body's programmes ask for (none, for a body whose programmes ask only for hours); empty for a body never told of. */
    Optional<Set<Long>> coursesOf(long bodyId);

    /** Every cohort, by number, named "course title: cohort name", in that order. */
    Map<Long, String> cohorts();

    /** Every body, by number, with its name, in the order of their names. */
    Map<Long, String> bodies();
}
