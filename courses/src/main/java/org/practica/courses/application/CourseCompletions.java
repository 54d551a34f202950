package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.kernel.ContentLanguage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Course completions as the certificates module asks for them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseCompletions implements CourseCompletionRecord {

    @Inject
    CourseRepository courses;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    org.practica.courses.domain.cohort.CohortRepository cohorts;

    @Override
    public Optional<CohortOfCourse> cohort(long cohortId, String language) {
        return cohorts.find(cohortId).map(c -> new CohortOfCourse(c.id(), c.courseId().value(),
                title(c.courseId().value(), language).orElse(""), c.name()));
    }

    @Override
    public List<CohortOfCourse> cohorts(String language) {
        return courses.published().stream().flatMap(course -> cohorts.of(course.id()).stream()
                .map(c -> new CohortOfCourse(c.id(), course.id().value(), title(course.id().value(), language).orElse(""), c.name())))
                .toList();
    }

    @Override
    public List<String> cohortMembers(long cohortId) {
        return enrollments.inCohort(cohortId).stream().map(Enrollment::learner).sorted().toList();
    }

    @Override
    public Optional<String> title(long courseId, String language) {
        return courses.find(new CourseId(courseId)).map(c -> {
            CourseVersion v = c.published().orElse(c.latest());
            ContentLanguage wanted;
            try {
                wanted = ContentLanguage.of("language", language);
            } catch (RuntimeException e) {
                wanted = v.languages().iterator().next();
            }
            return CourseViews.title(v, v.languageFor(wanted));
        });
    }

    @Override
    public Optional<CompletedCourse> completion(String person, long courseId) {
        return enrollments.find(new CourseId(courseId), person).filter(e -> e.completedAt() != null).map(this::completed);
    }

    @Override
    public List<CompletedCourse> completedBetween(String person, LocalDate from, LocalDate to) {
        return enrollments.of(person).stream().filter(e -> e.completedAt() != null)
                .filter(e -> {
                    LocalDate day = LocalDate.ofInstant(e.completedAt(), ZoneOffset.UTC);
                    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
                })
                .map(this::completed).toList();
    }

    private CompletedCourse completed(Enrollment e) {
        BigDecimal cpd = courses.find(e.courseId()).flatMap((Course c) -> c.version(e.versionNumber()))
                .map(CourseVersion::cpdHours).orElse(null);
        return new CompletedCourse(e.courseId().value(), e.completedAt(), cpd == null ? BigDecimal.ZERO : cpd);
    }
}
