package org.practica.monitoring.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.domain.TrainingScope;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The conditions a filter's training scope makes, in SQL or in JPQL: rows of a course (an
 * enrolment, an attempt, a survey) within the scope's courses and cohort; rows of no course (a
 * certificate, supervised hours) for the scope's people. One place for every query that narrows by
 * course, cohort or body, as {@link FactConditions} is for facts.
 */
final class ScopeConditions {

    private ScopeConditions() {
    }

    /** SQL on a table with {@code course_id} and {@code person_id} under {@code alias} (with its dot). */
    static void courseBound(TrainingScope scope, String alias, List<String> conditions, List<Object> parameters) {
        courses(scope, alias, conditions, parameters);
        cohort(scope, alias, conditions, parameters);
    }

    /** SQL on a table with {@code course_id} only: the scope's courses. */
    static void courses(TrainingScope scope, String alias, List<String> conditions, List<Object> parameters) {
        scope.courses().ifPresent(courses -> conditions.add(in(alias + "course_id", courses, parameters)));
    }

    /** SQL on a table with {@code person_id}: the cohort's people, else the people who enrolled in the scope's courses. */
    static void people(TrainingScope scope, String alias, List<String> conditions, List<Object> parameters) {
        if (scope.cohort().isPresent()) {
            cohort(scope, alias, conditions, parameters);
        } else if (scope.courses().isPresent()) {
            conditions.add(alias + "person_id IN (SELECT x.person_id FROM training_fact x WHERE x.event = 'ENROLLED' AND "
                    + in("x.course_id", scope.courses().get(), parameters) + ")");
        }
    }

    private static void cohort(TrainingScope scope, String alias, List<String> conditions, List<Object> parameters) {
        scope.cohort().ifPresent(cohort -> {
            conditions.add(alias + "person_id IN (SELECT k.person_id FROM cohort_member k WHERE k.cohort_id = ?)");
            parameters.add(cohort);
        });
    }

    private static String in(String column, Collection<Long> values, List<Object> parameters) {
        if (values.isEmpty()) {
            return "1 = 0";
        }
        parameters.addAll(values);
        return column + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** JPQL for an entity with {@code courseId} and {@code personId}, with {@link #bind}'s parameters; "" when nothing narrows. */
    static String jpqlCourseBound(TrainingScope scope, String alias) {
        StringBuilder where = new StringBuilder();
        scope.courses().ifPresent(c -> where.append(c.isEmpty() ? " and 1 = 0" : " and " + alias + ".courseId in :scopeCourses"));
        scope.cohort().ifPresent(c -> where.append(" and " + alias + ".personId in :scopeMembers"));
        return where.toString();
    }

    /** JPQL for an entity with {@code personId}, for what belongs to no course. */
    static String jpqlPeople(TrainingScope scope, String alias) {
        if (scope.cohort().isPresent()) {
            return " and " + alias + ".personId in :scopeMembers";
        }
        return scope.courses().map(c -> c.isEmpty() ? " and 1 = 0" : " and " + alias + ".personId in (select x.personId from CountedEvent x"
                + " where x.event = :scopeEnrolled and x.courseId in :scopeCourses)").orElse("");
    }

    /** Binds whichever of the scope's parameters the query's text names (a cohort's people read once, here). */
    static void bind(EntityManager em, Query query, String text, TrainingScope scope) {
        if (text.contains(":scopeCourses")) {
            query.setParameter("scopeCourses", scope.courses().orElseThrow());
        }
        if (text.contains(":scopeEnrolled")) {
            query.setParameter("scopeEnrolled", TrainingEvent.ENROLLED);
        }
        if (text.contains(":scopeMembers")) {
            List<?> members = em.createNativeQuery("SELECT person_id FROM cohort_member WHERE cohort_id = ?")
                    .setParameter(1, scope.cohort().getAsLong()).getResultList();
            // an empty list is not valid JPQL: no account has the number -1
            query.setParameter("scopeMembers", members.isEmpty() ? List.of(-1L)
                    : members.stream().map(m -> ((Number) m).longValue()).toList());
        }
    }
}
