package org.practica.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.monitoring.domain.TrainingScopes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/** Cohorts and bodies in monitoring's own tables (V49): counted_cohort, cohort_member, counted_body, body_course. */
@ApplicationScoped
public class JpaTrainingScopes implements TrainingScopes {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public void cohortOpened(long cohortId, long courseId, String name) {
        em.createNativeQuery("INSERT INTO counted_cohort (cohort_id, course_id, name) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)")
                .setParameter(1, cohortId).setParameter(2, courseId).setParameter(3, name).executeUpdate();
    }

    @Override
    public void inCohort(long person, long courseId, long cohortId) {
        em.createNativeQuery("INSERT INTO cohort_member (course_id, person_id, cohort_id) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE cohort_id = VALUES(cohort_id)")
                .setParameter(1, courseId).setParameter(2, person).setParameter(3, cohortId).executeUpdate();
    }

    @Override
    public void programmeAsks(long programmeId, long bodyId, String bodyName, Set<Long> courseIds) {
        em.createNativeQuery("INSERT INTO counted_body (body_id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)")
                .setParameter(1, bodyId).setParameter(2, bodyName).executeUpdate();
        em.createNativeQuery("DELETE FROM body_course WHERE programme_id = ?").setParameter(1, programmeId).executeUpdate();
        for (long course : courseIds) {
            em.createNativeQuery("INSERT INTO body_course (programme_id, body_id, course_id) VALUES (?, ?, ?)")
                    .setParameter(1, programmeId).setParameter(2, bodyId).setParameter(3, course).executeUpdate();
        }
    }

    @Override
    public OptionalLong courseOf(long cohortId) {
        List<?> found = em.createNativeQuery("SELECT course_id FROM counted_cohort WHERE cohort_id = ?").setParameter(1, cohortId).getResultList();
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) found.get(0)).longValue());
    }

    @Override
    public Optional<Set<Long>> coursesOf(long bodyId) {
        if (em.createNativeQuery("SELECT 1 FROM counted_body WHERE body_id = ?").setParameter(1, bodyId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        Set<Long> courses = new TreeSet<>();
        em.createNativeQuery("SELECT DISTINCT course_id FROM body_course WHERE body_id = ?").setParameter(1, bodyId).getResultList()
                .forEach(c -> courses.add(((Number) c).longValue()));
        return Optional.of(courses);
    }

    @Override
    public Map<Long, String> cohorts() {
        Map<Long, String> cohorts = new LinkedHashMap<>();
        for (Object r : em.createNativeQuery("SELECT k.cohort_id, COALESCE(c.title, CONCAT('#', k.course_id)), k.name FROM counted_cohort k"
                + " LEFT JOIN counted_course c ON c.course_id = k.course_id ORDER BY 2, k.name").getResultList()) {
            Object[] row = (Object[]) r;
            cohorts.put(((Number) row[0]).longValue(), row[1] + ": " + row[2]);
        }
        return cohorts;
    }

    @Override
    public Map<Long, String> bodies() {
        Map<Long, String> bodies = new LinkedHashMap<>();
        for (Object r : em.createNativeQuery("SELECT body_id, name FROM counted_body ORDER BY name").getResultList()) {
            Object[] row = (Object[]) r;
            bodies.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return bodies;
    }
}
