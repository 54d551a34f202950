package org.practica.courses.domain.enrollment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.kernel.InstantColumn;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's place in one course.
 *
 * <p>Life cycle: admitted (by themselves where the course allows it, or by a trainer, alone or
 * with a cohort) only to a published course whose prerequisites they completed; pinned to the
 * version published at that moment, which they keep to the end even if a newer one appears. Each
 * lesson marked done is recorded with its time; the last lesson opened is where they resume.
 * When every lesson of their version is done and nothing else is required (quizzes, once
 * assessments exist) the enrolment is COMPLETED, with its time, for good. A learner may
 * withdraw; enrolling again reopens the same enrolment.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    /** How precisely the last visit is kept for reports. */
    static final java.time.Duration VISIT_RESOLUTION = java.time.Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false, length = 64)
    private String learner;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EnrollmentStatus status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false, length = 64)
    private String enrolledBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_lesson_key", length = 12)
    private String lastLessonKey;

    @Column(name = "last_visit_at")
    private Instant lastVisitAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_done", joinColumns = @JoinColumn(name = "enrollment_id"))
    @MapKeyColumn(name = "lesson_key", length = 12)
    @Column(name = "done_at", nullable = false)
    @Convert(converter = InstantColumn.class)
    private Map<String, Instant> lessonsDone = new HashMap<>();

    @Version
    private int version;

    protected Enrollment() {
    }

    private Enrollment(Course course, int versionNumber, String learner, String enrolledBy, Long cohortId, Instant now) {
        this.courseId = course.id().value();
        this.versionNumber = versionNumber;
        this.learner = learner;
        this.enrolledBy = enrolledBy;
        this.cohortId = cohortId;
        this.enrolledAt = now;
        this.status = EnrollmentStatus.ACTIVE;
    }

    /**
     * Admits a learner. {@code selfService} is true when learners enrol themselves;
     * {@code completed} are the courses they completed; {@code titles} names courses in messages.
     */
    public static Enrollment admit(Course course, String learner, String enrolledBy, boolean selfService,
                                   Long cohortId, Set<CourseId> completed, Function<CourseId, String> titles,
                                   Instant now) {
        CourseVersion published = course.published()
                .orElseThrow(() -> new InvalidInput("courseId", "enrolment.notPublished"));
        if (selfService && !course.allowsSelfEnrolment()) {
            throw new NotPermitted("enrolment.selfNotAllowed");
        }
        Set<CourseId> missing = course.prerequisites().stream()
                .filter(p -> !completed.contains(p))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new InvalidInput("prerequisites", "enrolment.prerequisitesMissing",
                    missing.stream().map(titles).sorted().collect(Collectors.joining(", ")));
        }
        return new Enrollment(course, published.number(), learner, enrolledBy, cohortId, now);
    }

    public long id() {
        return id;
    }

    public CourseId courseId() {
        return new CourseId(courseId);
    }

    public String learner() {
        return learner;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Long cohortId() {
        return cohortId;
    }

    public EnrollmentStatus status() {
        return status;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public String enrolledBy() {
        return enrolledBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant lastVisitAt() {
        return lastVisitAt;
    }

    public ContentKey resumeAt(CourseVersion version) {
        return resumeAt(lessonKeys(version));
    }

    /**
     * The next thing to read: the last lesson opened while it is not done; once it is, the first
     * lesson not done after it, then any lesson not done. Empty when every lesson is done, so that
     * what remains (a quiz) is offered instead of a lesson already read.
     */
    public Optional<ContentKey> nextToRead(List<String> lessonKeys) {
        int from = lastLessonKey == null ? 0 : Math.max(0, lessonKeys.indexOf(lastLessonKey));
        for (int i = 0; i < lessonKeys.size(); i++) {
            String key = lessonKeys.get((from + i) % lessonKeys.size());
            if (!lessonsDone.containsKey(key)) {
                return Optional.of(new ContentKey(key));
            }
        }
        return Optional.empty();
    }

    /** Where reading resumes: {@link #nextToRead}, else the last lesson opened, else the first. */
    public ContentKey resumeAt(List<String> lessonKeys) {
        return nextToRead(lessonKeys)
                .or(() -> Optional.ofNullable(lastLessonKey).filter(lessonKeys::contains).map(ContentKey::new))
                .or(() -> lessonKeys.stream().findFirst().map(ContentKey::new))
                .orElseThrow(() -> new NotFound("course.content.notFound"));
    }

    public Map<String, Instant> lessonsDone() {
        return Collections.unmodifiableMap(lessonsDone);
    }

    public boolean isDone(ContentKey lesson) {
        return lessonsDone.containsKey(lesson.value());
    }

    public Progress progress(CourseVersion version) {
        return progress(lessonKeys(version));
    }

    public Progress progress(List<String> lessonKeys) {
        int done = (int) lessonKeys.stream().filter(lessonsDone::containsKey).count();
        return new Progress(done, lessonKeys.size());
    }

    private static List<String> lessonKeys(CourseVersion version) {
        return version.lessons().map(l -> l.key().value()).toList();
    }

    /** Remembers where the learner is, so the course opens there next time. */
    public void open(ContentKey lesson, CourseVersion version, Instant now) {
        requireOpenable(lesson, version);
        lastLessonKey = lesson.value();
        lastVisitAt = now;
    }

    /**
     * The rules for reading a lesson, without recording the visit: reading is frequent and may
     * happen in two tabs at once, so the visit is written apart from the enrolment's version
     * ({@link EnrollmentRepository#recordVisit}) and never makes a read fail.
     */
    public void requireOpenable(ContentKey lesson, CourseVersion version) {
        requireOwnVersion(version);
        requireLesson(lesson, version);
        requireReading();
    }

    /**
     * Whether opening this lesson now changes what is known: another lesson, or the same one after
     * a while. Reloading a page does not need a database write.
     */
    public boolean isNewVisit(ContentKey lesson, Instant now) {
        return !lesson.value().equals(lastLessonKey) || lastVisitAt == null
                || lastVisitAt.isBefore(now.minus(VISIT_RESOLUTION));
    }

    /** A withdrawn learner enrols again before reading on. */
    public void requireReading() {
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new InvalidInput("enrollment", "enrolment.withdrawn");
        }
    }

    /** Marks a lesson done (again is harmless) and completes the enrolment when nothing is left. */
    public void markDone(ContentKey lesson, CourseVersion version, CompletionRequirements requirements, Instant now) {
        markDone(lesson, version, requirements, now, now);
    }

    /**
     * Marks a lesson done at {@code doneAt}, which may be earlier than {@code now} when the mark was
     * made offline and sent later. A lesson keeps the first time it was marked done, whichever
     * device told first; a course completed by marks keeps the time of the last of them.
     */
    public void markDone(ContentKey lesson, CourseVersion version, CompletionRequirements requirements, Instant doneAt, Instant now) {
        open(lesson, version, now);
        lessonsDone.merge(lesson.value(), doneAt, (kept, told) -> told.isBefore(kept) ? told : kept);
        Instant lastMark = lessonsDone.values().stream().max(Instant::compareTo).orElse(doneAt);
        reconsider(version, requirements, lastMark.isAfter(now) ? now : lastMark);
    }

    /** Completes the enrolment if every lesson is done and nothing else is required; called again when a quiz is passed. */
    public boolean reconsider(CourseVersion version, CompletionRequirements requirements, Instant now) {
        requireOwnVersion(version);
        if (status != EnrollmentStatus.ACTIVE) {
            return status == EnrollmentStatus.COMPLETED;
        }
        Progress progress = progress(version);
        if (progress.lessonsTotal() > 0 && progress.lessonsDone() == progress.lessonsTotal()
                && requirements.unmet(courseId(), versionNumber, learner).isEmpty()) {
            status = EnrollmentStatus.COMPLETED;
            completedAt = now;
        }
        return status == EnrollmentStatus.COMPLETED;
    }

    public void withdraw() {
        if (status == EnrollmentStatus.COMPLETED) {
            throw new InvalidInput("enrollment", "enrolment.alreadyCompleted");
        }
        status = EnrollmentStatus.WITHDRAWN;
    }

    /** Enrolling again after withdrawing picks up where the learner left, on the same version. */
    public void resume(Long cohort) {
        if (status == EnrollmentStatus.WITHDRAWN) {
            status = EnrollmentStatus.ACTIVE;
        }
        if (cohort != null) {
            cohortId = cohort;
        }
    }

    private void requireOwnVersion(CourseVersion version) {
        if (version.number() != versionNumber) {
            throw new IllegalArgumentException("enrolment is on version " + versionNumber + ", not " + version.number());
        }
    }

    private static void requireLesson(ContentKey lesson, CourseVersion version) {
        if (version.lesson(lesson).isEmpty()) {
            throw new NotFound("course.content.notFound");
        }
    }
}
