package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.cohort.Cohort;
import org.practica.courses.domain.cohort.CohortRepository;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.courses.domain.enrollment.EnrollmentStatus;
import org.practica.courses.domain.enrollment.LearnerDirectory;
import org.practica.courses.domain.enrollment.Progress;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Trainers' view of who is enrolled in their courses and how far each has got. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseReports {

    @Inject
    CourseRepository courses;

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    LearnerDirectory directory;

    public CourseReport course(Actor trainer, CourseId id, Long cohortId, ContentLanguage reader) {
        Course course = CourseAuthoring.authored(courses, trainer, id);
        List<Cohort> courseCohorts = cohorts.of(id);
        Map<Long, Cohort> cohortsById = byId(courseCohorts);
        if (cohortId != null && !cohortsById.containsKey(cohortId)) {
            throw new InvalidInput("cohort", "cohort.notInCourse");
        }
        List<Enrollment> all = enrollments.in(id);
        List<Enrollment> chosen = all.stream()
                .filter(e -> cohortId == null || cohortId.equals(e.cohortId()))
                .toList();
        Map<String, String> names = directory.names(chosen.stream().map(Enrollment::learner).toList());
        List<LearnerProgress> rows = chosen.stream()
                .map(e -> progress(course, e, names, cohortsById))
                .sorted(Comparator.comparing(LearnerProgress::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<LearnerProgress> active = rows.stream().filter(r -> r.status() != EnrollmentStatus.WITHDRAWN).toList();
        int completed = (int) active.stream().filter(r -> r.completedAt() != null).count();
        int average = active.isEmpty() ? 0 : (int) Math.round(active.stream().mapToInt(LearnerProgress::percent).average().orElse(0));
        return new CourseReport(id.value(), CourseViews.title(course.latest(), course.latest().languageFor(reader)),
                cohortId, CohortView.of(courseCohorts, all), rows, active.size(), completed, average);
    }

    public LearnerReport learner(Actor trainer, CourseId id, String learner, ContentLanguage reader) {
        Course course = CourseAuthoring.authored(courses, trainer, id);
        Enrollment enrollment = enrollments.find(id, learner).orElseThrow(() -> new NotFound("enrolment.notFound"));
        LearnerProgress progress = progress(course, enrollment, directory.names(List.of(learner)), byId(cohorts.of(id)));
        CourseVersion version = course.version(enrollment.versionNumber()).orElseThrow();
        ContentLanguage language = version.languageFor(reader);
        List<LearnerReport.LessonProgress> lessons = version.modules().stream()
                .flatMap(m -> m.lessons().stream().map(l -> new LearnerReport.LessonProgress(
                        CourseViews.moduleTitle(m, version, language), l.key().value(),
                        CourseViews.lessonTitle(l, version, language), enrollment.lessonsDone().get(l.key().value()))))
                .toList();
        return new LearnerReport(id.value(), CourseViews.title(version, language), progress, lessons);
    }

    private static Map<Long, Cohort> byId(List<Cohort> cohorts) {
        return cohorts.stream().collect(Collectors.toMap(Cohort::id, Function.identity()));
    }

    private static LearnerProgress progress(Course course, Enrollment e, Map<String, String> names,
                                            Map<Long, Cohort> cohortsById) {
        CourseVersion version = course.version(e.versionNumber()).orElseThrow();
        Progress p = e.progress(version);
        Cohort cohort = e.cohortId() == null ? null : cohortsById.get(e.cohortId());
        return new LearnerProgress(e.learner(), names.getOrDefault(e.learner(), e.learner()), e.cohortId(),
                cohort == null ? null : cohort.name(), e.status(), e.versionNumber(), p.lessonsDone(),
                p.lessonsTotal(), p.percent(), e.enrolledAt(), e.lastVisitAt(), e.completedAt());
    }
}
