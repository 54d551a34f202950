package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseModule;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.course.Lesson;
import org.practica.courses.domain.course.LessonText;
import org.practica.courses.domain.enrollment.CompletionRequirements;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.courses.domain.media.MediaListing;
import org.practica.courses.domain.media.MediaRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What learners do: enrol, read lessons, mark them done, see their progress. */
@ApplicationScoped
@Transactional
public class Learning {

    @Inject
    CourseRepository courses;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    AuditLog audit;

    @Inject
    MediaRepository media;

    @Inject
    Instance<CompletionRequirements> requirementsProvided;

    private final Clock clock = Clock.systemUTC();

    /** A learner enrols themselves; enrolling again after withdrawing resumes the same enrolment. */
    public EnrollmentView enrol(Actor learner, CourseId id, ContentLanguage reader) {
        if (!learner.has(Role.LEARNER)) {
            throw new NotPermitted("enrolment.learnersOnly");
        }
        Course course = Catalogue.visible(courses, learner, id);
        Enrollment enrollment = admit(course, learner.username(), learner.username(), true, null);
        return CourseViews.enrollment(enrollment, version(course, enrollment), reader);
    }

    /**
     * Admits a learner, by themselves or by a trainer ({@link Teaching}); someone already enrolled
     * keeps their enrolment and moves to the cohort given.
     */
    public Enrollment admit(Course course, String learner, String by, boolean selfService, Long cohortId) {
        Optional<Enrollment> existing = enrollments.find(course.id(), learner);
        if (existing.isPresent()) {
            existing.get().resume(cohortId);
            return existing.get();
        }
        Enrollment enrollment = Enrollment.admit(course, learner, by, selfService, cohortId,
                enrollments.completedBy(learner), this::titleOf, clock.instant());
        enrollments.add(enrollment);
        audit.record(by, "enrolment.created", CourseAuthoring.subject(course.id()), "learner " + learner);
        return enrollment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnrollmentView> mine(Actor learner, ContentLanguage reader) {
        return enrollments.of(learner.username()).stream()
                .flatMap(e -> courses.find(e.courseId()).map(c -> CourseViews.enrollment(e, version(c, e), reader)).stream())
                .toList();
    }

    /** Opens a lesson for reading and remembers it as the place to resume. Authors may preview any lesson. */
    public LessonView lesson(Actor reader, CourseId id, String lessonKey, ContentLanguage wanted) {
        Course course = Catalogue.visible(courses, reader, id);
        ContentKey key = new ContentKey(lessonKey);
        Optional<Enrollment> enrollment = enrollments.find(id, reader.username());
        if (enrollment.isEmpty()) {
            if (!course.isAuthoredBy(reader)) {
                throw new NotPermitted("lesson.enrolFirst");
            }
            return view(course, course.latest(), key, null, wanted);
        }
        CourseVersion version = version(course, enrollment.get());
        enrollment.get().open(key, version, clock.instant());
        return view(course, version, key, enrollment.get(), wanted);
    }

    public EnrollmentView markDone(Actor learner, CourseId id, String lessonKey, ContentLanguage reader) {
        Course course = Catalogue.visible(courses, learner, id);
        Enrollment enrollment = enrollments.find(id, learner.username())
                .orElseThrow(() -> new NotPermitted("lesson.enrolFirst"));
        CourseVersion version = version(course, enrollment);
        boolean wasComplete = enrollment.completedAt() != null;
        enrollment.markDone(new ContentKey(lessonKey), version, requirements(), clock.instant());
        if (!wasComplete && enrollment.completedAt() != null) {
            audit.record(learner.username(), "course.completed", CourseAuthoring.subject(id), "version " + version.number());
        }
        return CourseViews.enrollment(enrollment, version, reader);
    }

    public void withdraw(Actor learner, CourseId id) {
        enrollments.find(id, learner.username()).orElseThrow(() -> new NotFound("enrolment.notFound")).withdraw();
        audit.record(learner.username(), "enrolment.withdrawn", CourseAuthoring.subject(id), null);
    }

    private CompletionRequirements requirements() {
        return requirementsProvided.isResolvable() ? requirementsProvided.get() : CompletionRequirements.NONE;
    }

    private LessonView view(Course course, CourseVersion version, ContentKey key, Enrollment enrollment,
                            ContentLanguage wanted) {
        Lesson lesson = version.lesson(key).orElseThrow(() -> new NotFound("course.content.notFound"));
        CourseModule module = version.moduleOf(key).orElseThrow();
        ContentLanguage language = CourseViews.lessonLanguage(lesson, version, wanted);
        LessonText text = lesson.text(language).orElseThrow();
        List<Lesson> all = version.lessons().toList();
        int index = all.indexOf(lesson);
        return new LessonView(course.id().value(), CourseViews.title(version, language),
                CourseViews.moduleTitle(module, version, language), key.value(), language.code(), language.direction(),
                text.title(), text.body().html(), text.videoUrl(), lesson.estimatedMinutes(),
                index > 0 ? all.get(index - 1).key().value() : null,
                index < all.size() - 1 ? all.get(index + 1).key().value() : null,
                enrollment != null && enrollment.isDone(key),
                enrollment == null ? 0 : enrollment.progress(version).percent(),
                enrollment == null ? null : enrollment.status().name(), attachments(lesson));
    }

    private List<AttachmentView> attachments(Lesson lesson) {
        List<MediaListing> found = media.listed(lesson.attachments());
        return lesson.attachments().stream()
                .flatMap(id -> found.stream().filter(m -> m.id() == id).findFirst().stream())
                .map(AttachmentView::of)
                .toList();
    }

    private static CourseVersion version(Course course, Enrollment enrollment) {
        return course.version(enrollment.versionNumber()).orElseThrow();
    }

    private String titleOf(CourseId id) {
        return courses.find(id).flatMap(Course::published).map(v -> v.text(ContentLanguage.EN).title())
                .orElse("#" + id.value());
    }
}
