package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.courses.domain.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaEnrollmentRepository implements EnrollmentRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<Enrollment> find(CourseId course, String learner) {
        // the lessons done come in the same round trip: every caller needs them
        return em.createQuery("select e from Enrollment e where e.courseId = :c and e.learner = :l", Enrollment.class)
                .setParameter("c", course.value()).setParameter("l", learner)
                .setHint("eclipselink.left-join-fetch", "e.lessonsDone")
                .getResultStream().findFirst();
    }

    @Override
    public void add(Enrollment enrollment) {
        em.persist(enrollment);
        em.flush();
    }

    @Override
    public List<Enrollment> of(String learner) {
        return em.createQuery("select e from Enrollment e where e.learner = :l order by e.enrolledAt desc", Enrollment.class)
                .setParameter("l", learner).getResultList();
    }

    @Override
    public List<Enrollment> in(CourseId course) {
        return em.createQuery("select e from Enrollment e where e.courseId = :c order by e.learner", Enrollment.class)
                .setParameter("c", course.value()).getResultList();
    }

    @Override
    public List<String> activeLearners(CourseId course) {
        return em.createQuery("select e.learner from Enrollment e where e.courseId = :c and e.status = :s order by e.learner", String.class)
                .setParameter("c", course.value()).setParameter("s", org.practica.courses.domain.enrollment.EnrollmentStatus.ACTIVE).getResultList();
    }

    @Override
    public List<Enrollment> inCohort(long cohortId) {
        return em.createQuery("select e from Enrollment e where e.cohortId = :c order by e.learner", Enrollment.class)
                .setParameter("c", cohortId).getResultList();
    }

    @Override
    public Set<CourseId> completedBy(String learner) {
        return em.createQuery("select e.courseId from Enrollment e where e.learner = :l and e.status = :s", Long.class)
                .setParameter("l", learner).setParameter("s", EnrollmentStatus.COMPLETED)
                .getResultStream().map(CourseId::new).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public void recordVisit(Enrollment enrollment, ContentKey lesson, Instant at) {
        em.createQuery("update Enrollment e set e.lastLessonKey = :k, e.lastVisitAt = :t where e.id = :id")
                .setParameter("k", lesson.value()).setParameter("t", at).setParameter("id", enrollment.id())
                .executeUpdate();
    }
}
