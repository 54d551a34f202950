package org.practica.monitoring.domain;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which training a count is narrowed to: any, or some courses (one course, a cohort's course, the
 * courses a body's programmes ask for, or where these meet), the people of one cohort, and for a
 * body its own certificates. Enrolments, completions, quiz attempts and surveys count within the
 * courses (and the cohort's people); what belongs to no course (certificates, supervised hours)
 * counts for the people who enrolled in them, or the cohort's people.
 */
public record TrainingScope(Optional<Set<Long>> courses, OptionalLong cohort, OptionalLong body) {

    public static final TrainingScope ALL = new TrainingScope(Optional.empty(), OptionalLong.empty(), OptionalLong.empty());

    public TrainingScope {
        courses = courses.map(Set::copyOf);
    }

    public static TrainingScope course(long courseId) {
        return new TrainingScope(Optional.of(Set.of(courseId)), OptionalLong.empty(), OptionalLong.empty());
    }

    /** Narrowed further to a cohort of one of these courses (its course replaces or meets them). */
    public TrainingScope inCohort(long cohortId, long courseId) {
        Set<Long> within = courses.map(c -> c.contains(courseId) ? Set.of(courseId) : Set.<Long>of()).orElse(Set.of(courseId));
        return new TrainingScope(Optional.of(within), OptionalLong.of(cohortId), body);
    }

    /** Narrowed further to a body: the courses its programmes ask for, and its certificates. */
    public TrainingScope ofBody(long bodyId, Set<Long> asked) {
        Set<Long> within = courses.map(c -> c.stream().filter(asked::contains).collect(java.util.stream.Collectors.toSet())).orElse(asked);
        return new TrainingScope(Optional.of(within), cohort, OptionalLong.of(bodyId));
    }

    /** Whether nothing narrows it: every course, everyone, every body. */
    public boolean all() {
        return courses.isEmpty() && cohort.isEmpty() && body.isEmpty();
    }
}
