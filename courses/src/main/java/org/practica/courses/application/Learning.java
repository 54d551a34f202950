package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.practica.kernel.NoticeKind;
import org.practica.kernel.Notifier;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.enrollment.CompletionRequirements;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.EnrollmentRepository;
import org.practica.courses.domain.enrollment.EnrollmentStatus;
import org.practica.courses.domain.media.MediaRepository;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.StatedTime;
import org.practica.kernel.Role;
import org.practica.kernel.TrainingEvent;
import org.practica.kernel.TrainingFacts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What learners do: enrol, read lessons, mark them done, see their progress. */
@ApplicationScoped
@Transactional
public class Learning {

    @Inject
    Notifier notifier;

    @Inject
    CourseRepository courses;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    AuditLog audit;

    @Inject
    FrozenVersions frozen;

    @Inject
    MediaRepository media;

    @Inject
    Instance<CompletionRequirements> requirementsProvided;

    @Inject
    Instance<TrainingFacts> factsProvided;

    @Inject
    Clock clock;

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
            if (cohortId != null) {
                facts().inCohort(learner, course.id().value(), cohortId);
            }
            return existing.get();
        }
        Enrollment enrollment = Enrollment.admit(course, learner, by, selfService, cohortId,
                enrollments.completedBy(learner), this::titleOf, clock.instant());
        enrollments.add(enrollment);
        facts().record(TrainingEvent.ENROLLED, learner, course.id().value(), enrollment.enrolledAt(), BigDecimal.ONE);
        facts().courseNamed(course.id().value(), titleOf(course.id()));
        if (cohortId != null) {
            facts().inCohort(learner, course.id().value(), cohortId);
        }
        audit.record(by, "enrolment.created", CourseAuthoring.subject(course.id()), "learner user:" + learner);
        if (!selfService) {
            notifier.tell(learner, NoticeKind.ENROLLED, "/courses/course.xhtml?id=" + course.id().value(), titleOf(course.id()));
        }
        return enrollment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnrollmentView> mine(Actor learner, ContentLanguage reader) {
        return enrollments.of(learner.username()).stream()
                .map(e -> CourseViews.enrollment(e, frozenFor(e, reader)))
                .toList();
    }

    /**
     * Opens a lesson for reading and remembers it as the place to resume. An enrolled learner's
     * version is published and never changes, so it is served from {@link FrozenVersions} without
     * loading the course. Authors may preview any lesson of the latest version. Reading needs no
     * transaction; recording a new visit takes its own short one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LessonView lesson(Actor reader, CourseId id, String lessonKey, ContentLanguage wanted) {
        ContentKey key = new ContentKey(lessonKey);
        Optional<Enrollment> enrollment = enrollments.find(id, reader.username());
        if (enrollment.isEmpty()) {
            Course course = Catalogue.visible(courses, reader, id);
            if (!course.isAuthoredBy(reader)) {
                throw new NotPermitted("lesson.enrolFirst");
            }
            return frozen.of(course, course.latest(), wanted).lesson(key.value())
                    .orElseThrow(() -> new NotFound("course.content.notFound"));
        }
        Enrollment e = enrollment.get();
        FrozenVersion version = frozenFor(e, wanted);
        LessonView lesson = version.lesson(key.value()).orElseThrow(() -> new NotFound("course.content.notFound"));
        e.requireReading();
        Instant now = clock.instant();
        if (e.isNewVisit(key, now)) {
            enrollments.recordVisit(e, key, now);
        }
        return lesson.forReader(e.isDone(key), e.progress(version.lessonKeys()).percent(), e.status(),
                CourseViews.modules(version, e));
    }

    /**
     * What the learner's browser stores to read their version of the course offline. Only for a
     * learner enrolled and reading: an author previews online.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfflinePackage offlinePackage(Actor learner, CourseId id, ContentLanguage reader) {
        Enrollment e = enrollments.find(id, learner.username()).orElseThrow(() -> new NotPermitted("lesson.enrolFirst"));
        e.requireReading();
        return offlinePackage(id, e.versionNumber(), frozenFor(e, reader));
    }

    /**
     * What a learner would store to read the course's latest version offline, for its authors to
     * see against {@link OfflinePackage#LIMIT_BYTES}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfflinePackage offlinePackageForAuthor(Actor author, CourseId id, ContentLanguage reader) {
        Course course = CourseAuthoring.authored(courses, author, id);
        return offlinePackage(id, course.latest().number(), frozen.of(course, course.latest(), reader));
    }

    private OfflinePackage offlinePackage(CourseId id, int versionNumber, FrozenVersion version) {
        List<LessonView> lessons = version.lessonKeys().stream().map(version::lesson).flatMap(Optional::stream).toList();
        return OfflinePackage.of(id.value(), versionNumber, lessons, media::listed);
    }

    /** The frozen view of the version an enrolment is on, loading the course only the first time. */
    private FrozenVersion frozenFor(Enrollment enrollment, ContentLanguage reader) {
        FrozenVersion cached = frozen.cached(enrollment.courseId().value(), enrollment.versionNumber(), reader);
        if (cached != null) {
            return cached;
        }
        Course course = courses.find(enrollment.courseId()).orElseThrow(() -> new NotFound("course.notFound"));
        return frozen.of(course, version(course, enrollment), reader);
    }

    public EnrollmentView markDone(Actor learner, CourseId id, String lessonKey, ContentLanguage reader) {
        return markDone(learner, id, lessonKey, null, reader);
    }

    /**
     * Marks a lesson done at the time the learner's device stated ({@link StatedTime}), for marks
     * made offline and sent when the line came back; without one, now.
     */
    public EnrollmentView markDone(Actor learner, CourseId id, String lessonKey, String doneAt, ContentLanguage reader) {
        Course course = Catalogue.visible(courses, learner, id);
        Enrollment enrollment = enrollments.find(id, learner.username())
                .orElseThrow(() -> new NotPermitted("lesson.enrolFirst"));
        CourseVersion version = version(course, enrollment);
        boolean wasComplete = enrollment.completedAt() != null;
        Instant now = clock.instant();
        enrollment.markDone(new ContentKey(lessonKey), version, requirements(),
                StatedTime.of("doneAt", doneAt, enrollment.enrolledAt(), now), now);
        if (!wasComplete && enrollment.completedAt() != null) {
            facts().record(TrainingEvent.COMPLETED, learner.username(), id.value(), enrollment.completedAt(), BigDecimal.ONE);
            audit.record(learner.username(), "course.completed", CourseAuthoring.subject(id), "version " + version.number());
        }
        return CourseViews.enrollment(enrollment, version, reader);
    }

    /** Refuses a learner who is not (or no longer) in the course: quizzes are for its learners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireEnrolled(Actor learner, CourseId id) {
        Enrollment enrollment = enrollments.find(id, learner.username())
                .orElseThrow(() -> new NotPermitted("lesson.enrolFirst"));
        if (enrollment.status() == EnrollmentStatus.WITHDRAWN) {
            throw new NotPermitted("lesson.enrolFirst");
        }
    }

    /**
     * Looks again at whether a learner has completed a course, after something outside the
     * lessons changed, such as passing a required quiz.
     */
    public void reconsider(String learner, CourseId id) {
        enrollments.find(id, learner).ifPresent(enrollment -> {
            Course course = courses.find(id).orElseThrow(() -> new NotFound("course.notFound"));
            boolean wasComplete = enrollment.completedAt() != null;
            enrollment.reconsider(version(course, enrollment), requirements(), clock.instant());
            if (!wasComplete && enrollment.completedAt() != null) {
                facts().record(TrainingEvent.COMPLETED, learner, id.value(), enrollment.completedAt(), BigDecimal.ONE);
                audit.record(learner, "course.completed", CourseAuthoring.subject(id), "version " + enrollment.versionNumber());
            }
        });
    }

    public void withdraw(Actor learner, CourseId id) {
        enrollments.find(id, learner.username()).orElseThrow(() -> new NotFound("enrolment.notFound")).withdraw();
        audit.record(learner.username(), "enrolment.withdrawn", CourseAuthoring.subject(id), null);
    }

    /** Tells monitoring what a new cohort is called. */
    void cohortOpened(long cohortId, long courseId, String name) {
        facts().cohortOpened(cohortId, courseId, name);
    }

    private TrainingFacts facts() {
        return factsProvided != null && factsProvided.isResolvable() ? factsProvided.get() : TrainingFacts.NONE;
    }

    private CompletionRequirements requirements() {
        return requirementsProvided.isResolvable() ? requirementsProvided.get() : CompletionRequirements.NONE;
    }

    private static CourseVersion version(Course course, Enrollment enrollment) {
        return course.version(enrollment.versionNumber()).orElseThrow();
    }

    /** The course's published title in English, for a notice or a report that names it. */
    public String titleOf(CourseId id) {
        return courses.find(id).flatMap(Course::published).map(v -> v.text(ContentLanguage.EN).title())
                .orElse("#" + id.value());
    }
}
