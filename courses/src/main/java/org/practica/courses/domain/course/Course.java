package org.practica.courses.domain.course;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A course as its organisation's trainers write it and learners find it.
 *
 * <p>Life cycle: a trainer creates it as a draft (version 1). Trainers of the owning organisation
 * edit the draft; publishing checks that nothing is missing for a learner in any offered language
 * and freezes the draft as the published version. The next edit opens a new draft, a copy of the
 * published version, which becomes version n+1 when published; the version it replaces is kept
 * (SUPERSEDED) for the learners who enrolled on it, who finish the version they started.
 * Modules and lessons keep their {@link ContentKey} across versions. Courses are never deleted.
 *
 * <p>Longer than most classes on purpose: it is the aggregate root of the course, its versions,
 * modules and lessons, and every rule that changes them stays here so that none can be bypassed.
 */
@Entity
@Table(name = "course")
public class Course {

    public static final int MAX_PREREQUISITES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "self_enrolment", nullable = false)
    private boolean selfEnrolment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "required_course_id")
    private Set<Long> prerequisites = new HashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<CourseVersion> versions = new ArrayList<>();

    @Version
    private int version;

    protected Course() {
    }

    private Course(long organisationId, String createdBy, Instant createdAt) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.selfEnrolment = true;
    }

    /** A new course, owned by the author's organisation, with its first draft. */
    public static Course draft(Actor author, ContentLanguage language, String title, String summary,
                               CourseSettings settings, Instant now) {
        requireAuthor(author);
        Course course = new Course(author.organisationId(), author.username(), now);
        CourseVersion first = new CourseVersion(course, 1, settings);
        course.versions.add(first);
        course.describe(author, language, title, summary);
        return course;
    }

    public CourseId id() {
        return new CourseId(id);
    }

    public long organisationId() {
        return organisationId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean allowsSelfEnrolment() {
        return selfEnrolment;
    }

    public Set<CourseId> prerequisites() {
        return prerequisites.stream().map(CourseId::new).collect(Collectors.toUnmodifiableSet());
    }

    public List<CourseVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    /** The version new learners get, if the course was ever published. */
    public Optional<CourseVersion> published() {
        return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
    }

    public Optional<CourseVersion> draft() {
        return versions.stream().filter(CourseVersion::isDraft).findFirst();
    }

    public Optional<CourseVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The draft if there is one, otherwise the published version: what an author works on. */
    public CourseVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public boolean isPublished() {
        return published().isPresent();
    }

    /** Authors are the trainers of the owning organisation. */
    public boolean isAuthoredBy(Actor actor) {
        return actor.has(Role.TRAINER) && actor.belongsTo(organisationId);
    }

    /** Everyone signed in sees a published course; only its authors see one that never was. */
    public boolean isVisibleTo(Actor actor) {
        return isPublished() || isAuthoredBy(actor);
    }

    public void describe(Actor author, ContentLanguage language, String title, String summary) {
        CourseVersion draft = editableBy(author);
        draft.describe(language, CourseText.of(title, summary));
    }

    public void configure(Actor author, CourseSettings settings) {
        editableBy(author).apply(settings);
    }

    public void allowSelfEnrolment(Actor author, boolean allowed) {
        requireAuthorOf(author);
        selfEnrolment = allowed;
    }

    /** Cycles through other courses are checked by the caller, which can see them. */
    public void requireCompleted(Actor author, Set<CourseId> required) {
        requireAuthorOf(author);
        if (required.stream().anyMatch(r -> id != null && r.value() == id)) {
            throw new InvalidInput("prerequisites", "course.prerequisites.self");
        }
        if (required.size() > MAX_PREREQUISITES) {
            throw new InvalidInput("prerequisites", "course.prerequisites.tooMany", MAX_PREREQUISITES);
        }
        prerequisites.clear();
        required.forEach(r -> prerequisites.add(r.value()));
    }

    public CourseModule addModule(Actor author, ContentLanguage language, String title, int index) {
        CourseVersion draft = editableBy(author);
        CourseModule module = new CourseModule(ContentKey.random());
        module.retitle(language, title);
        draft.add(module, index);
        return module;
    }

    public void retitleModule(Actor author, ContentKey moduleKey, ContentLanguage language, String title) {
        module(editableBy(author), moduleKey).retitle(language, title);
    }

    public void removeModule(Actor author, ContentKey moduleKey) {
        CourseVersion draft = editableBy(author);
        draft.remove(module(draft, moduleKey));
    }

    public void moveModule(Actor author, ContentKey moduleKey, int index) {
        CourseVersion draft = editableBy(author);
        CourseModule module = module(draft, moduleKey);
        draft.remove(module);
        draft.add(module, index);
    }

    public Lesson addLesson(Actor author, ContentKey moduleKey, ContentLanguage language, LessonWords words,
                            int estimatedMinutes, int index) {
        CourseModule module = module(editableBy(author), moduleKey);
        Lesson lesson = new Lesson(ContentKey.random(), estimatedMinutes);
        lesson.write(language, words);
        module.add(lesson, index);
        return lesson;
    }

    public void writeLesson(Actor author, ContentKey lessonKey, ContentLanguage language, LessonWords words) {
        lesson(editableBy(author), lessonKey).write(language, words);
    }

    public void timeLesson(Actor author, ContentKey lessonKey, int estimatedMinutes) {
        lesson(editableBy(author), lessonKey).setEstimatedMinutes(estimatedMinutes);
    }

    public void removeLessonLanguage(Actor author, ContentKey lessonKey, ContentLanguage language) {
        Lesson lesson = lesson(editableBy(author), lessonKey);
        if (lesson.texts().size() == 1 && lesson.text(language).isPresent()) {
            throw new InvalidInput("language", "lesson.lastLanguage");
        }
        lesson.removeLanguage(language);
    }

    public void removeLesson(Actor author, ContentKey lessonKey) {
        CourseVersion draft = editableBy(author);
        CourseModule module = draft.moduleOf(lessonKey).orElseThrow(() -> new NotFound("course.content.notFound"));
        module.remove(lesson(draft, lessonKey));
    }

    /** Moves a lesson to a position in a module, which may be another module of the same course. */
    public void moveLesson(Actor author, ContentKey lessonKey, ContentKey toModuleKey, int index) {
        CourseVersion draft = editableBy(author);
        Lesson lesson = lesson(draft, lessonKey);
        CourseModule target = module(draft, toModuleKey);
        draft.moduleOf(lessonKey).orElseThrow().remove(lesson);
        target.add(lesson, index);
    }

    public void attach(Actor author, ContentKey lessonKey, long assetId) {
        lesson(editableBy(author), lessonKey).attach(assetId);
    }

    public void detach(Actor author, ContentKey lessonKey, long assetId) {
        lesson(editableBy(author), lessonKey).detach(assetId);
    }

    /**
     * Freezes the draft as the version new learners get. Refused, with the first thing to fix,
     * when a learner would find something missing.
     */
    public CourseVersion publish(Actor author, Instant now) {
        requireAuthorOf(author);
        CourseVersion draft = draft().orElseThrow(() -> new InvalidInput("course", "course.publish.nothingNew"));
        List<InvalidInput> gaps = draft.gapsBeforePublishing();
        if (!gaps.isEmpty()) {
            throw gaps.get(0);
        }
        published().ifPresent(CourseVersion::supersede);
        draft.publish(author.username(), now);
        return draft;
    }

    /** What still stops publishing; empty when the draft is ready or there is no draft. */
    public List<InvalidInput> gapsBeforePublishing() {
        return draft().map(CourseVersion::gapsBeforePublishing).orElse(List.of());
    }

    /** The draft, opened as a copy of the published version when the first change after publishing comes. */
    private CourseVersion editableBy(Actor author) {
        requireAuthorOf(author);
        return draft().orElseGet(() -> {
            CourseVersion published = published().orElseThrow();
            CourseVersion next = published.nextDraft(versions.stream().mapToInt(CourseVersion::number).max().orElse(0) + 1);
            versions.add(next);
            versions.sort(Comparator.comparingInt(CourseVersion::number));
            return next;
        });
    }

    private void requireAuthorOf(Actor actor) {
        if (!isAuthoredBy(actor)) {
            throw new NotPermitted("course.notAuthor");
        }
    }

    private static void requireAuthor(Actor actor) {
        if (!actor.has(Role.TRAINER)) {
            throw new NotPermitted("course.notAuthor");
        }
    }

    private static CourseModule module(CourseVersion version, ContentKey key) {
        return version.module(key).orElseThrow(() -> new NotFound("course.content.notFound"));
    }

    private static Lesson lesson(CourseVersion version, ContentKey key) {
        return version.lesson(key).orElseThrow(() -> new NotFound("course.content.notFound"));
    }
}
