package org.practica.courses.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.course.VersionStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "practica")
    EntityManager em;

    @Override
    public Optional<Course> find(CourseId id) {
        return Optional.ofNullable(em.find(Course.class, id.value()));
    }

    @Override
    public void add(Course course) {
        em.persist(course);
        em.flush();
    }

    @Override
    public List<Course> published() {
        return em.createQuery("select distinct c from Course c join c.versions v where v.status = :published"
                        + " order by c.id desc", Course.class)
                .setParameter("published", VersionStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public List<Course> ownedBy(long organisationId) {
        return em.createQuery("select c from Course c where c.organisationId = :o order by c.id desc", Course.class)
                .setParameter("o", organisationId)
                .getResultList();
    }
}
