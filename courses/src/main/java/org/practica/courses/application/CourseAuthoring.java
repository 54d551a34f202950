package org.practica.courses.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.courses.domain.audience.AudienceTrackRepository;
import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseId;
import org.practica.courses.domain.course.CourseModule;
import org.practica.courses.domain.course.CourseRepository;
import org.practica.courses.domain.course.CourseSettings;
import org.practica.courses.domain.course.CourseText;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.course.Lesson;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Refusals;
import org.practica.kernel.Role;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What trainers do to courses. Every method runs in one transaction: all of a change or none. */
@ApplicationScoped
@Transactional
public class CourseAuthoring implements org.practica.kernel.CourseAuthors {

    @Inject
    CourseRepository courses;

    @Inject
    AudienceTrackRepository audiences;

    @Inject
    Themes themes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public CourseId create(Actor author, CourseDraft draft) {
        if (!author.has(Role.TRAINER)) {
            throw new NotPermitted("course.notAuthor");
        }
        // the description and the settings are checked together, so a form learns every problem at once
        Refusals refusals = new Refusals();
        refusals.check(() -> CourseText.of(draft.title(), draft.summary()));
        CourseSettings settings = refusals.check(() -> settings(draft, null));
        refusals.throwIfAny();
        Course course = Course.draft(author, ContentLanguage.of("language", draft.language()), draft.title(), draft.summary(),
                settings, clock.instant());
        if (draft.selfEnrolment() != null) {
            course.allowSelfEnrolment(author, draft.selfEnrolment());
        }
        courses.add(course);
        audit.record(author.username(), "course.created", subject(course.id()), draft.title());
        return course.id();
    }

    /** Changes the description in one language and, where given, the settings. */
    public void revise(Actor author, CourseId id, CourseDraft draft) {
        Course course = authored(author, id);
        if (draft.title() != null || draft.summary() != null) {
            course.describe(author, ContentLanguage.of("language", draft.language()), draft.title(), draft.summary());
        }
        if (draft.changesSettings()) {
            course.configure(author, settings(draft, course.latest()));
        }
        if (draft.selfEnrolment() != null) {
            course.allowSelfEnrolment(author, draft.selfEnrolment());
        }
    }

    public String addModule(Actor author, CourseId id, String language, String title, Integer position) {
        Course course = authored(author, id);
        CourseModule module = course.addModule(author, ContentLanguage.of("language", language), title,
                position == null ? Integer.MAX_VALUE : position);
        return module.key().value();
    }

    public void retitleModule(Actor author, CourseId id, String moduleKey, String language, String title) {
        authored(author, id).retitleModule(author, new ContentKey(moduleKey), ContentLanguage.of("language", language), title);
    }

    public void moveModule(Actor author, CourseId id, String moduleKey, int position) {
        authored(author, id).moveModule(author, new ContentKey(moduleKey), position);
    }

    public void removeModule(Actor author, CourseId id, String moduleKey) {
        authored(author, id).removeModule(author, new ContentKey(moduleKey));
    }

    public String addLesson(Actor author, CourseId id, String moduleKey, LessonDraft draft) {
        Course course = authored(author, id);
        Lesson lesson = course.addLesson(author, new ContentKey(moduleKey), ContentLanguage.of("language", draft.language()),
                draft.words(), draft.estimatedMinutes() == null ? 10 : draft.estimatedMinutes(),
                draft.position() == null ? Integer.MAX_VALUE : draft.position());
        return lesson.key().value();
    }

    public void writeLesson(Actor author, CourseId id, String lessonKey, LessonDraft draft) {
        Course course = authored(author, id);
        ContentKey key = new ContentKey(lessonKey);
        course.writeLesson(author, key, ContentLanguage.of("language", draft.language()), draft.words());
        if (draft.estimatedMinutes() != null) {
            course.timeLesson(author, key, draft.estimatedMinutes());
        }
    }

    public void moveLesson(Actor author, CourseId id, String lessonKey, String moduleKey, int position) {
        authored(author, id).moveLesson(author, new ContentKey(lessonKey), new ContentKey(moduleKey), position);
    }

    public void removeLesson(Actor author, CourseId id, String lessonKey) {
        authored(author, id).removeLesson(author, new ContentKey(lessonKey));
    }

    public int publish(Actor author, CourseId id) {
        Course course = authored(author, id);
        CourseVersion version = course.publish(author, clock.instant());
        audit.record(author.username(), "course.published", subject(id), "version " + version.number());
        return version.number();
    }

    /** What still stops publishing, so the editor can list it before the trainer tries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InvalidInput> gaps(Actor author, CourseId id) {
        return authored(author, id).gapsBeforePublishing();
    }

    public void requireCompleted(Actor author, CourseId id, Set<Long> required) {
        Course course = authored(author, id);
        Set<CourseId> ids = required.stream().filter(Objects::nonNull).map(CourseId::new).collect(Collectors.toSet());
        for (CourseId r : ids) {
            courses.find(r).filter(Course::isPublished)
                    .orElseThrow(() -> new InvalidInput("prerequisites", "course.prerequisites.unknown", r.value()));
        }
        if (leadsBackTo(id, ids)) {
            throw new InvalidInput("prerequisites", "course.prerequisites.cycle");
        }
        course.requireCompleted(author, ids);
    }

    private boolean leadsBackTo(CourseId start, Set<CourseId> required) {
        Deque<CourseId> todo = new ArrayDeque<>(required);
        Set<CourseId> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            CourseId next = todo.pop();
            if (next.equals(start)) {
                return true;
            }
            if (seen.add(next)) {
                courses.find(next).ifPresent(c -> todo.addAll(c.prerequisites()));
            }
        }
        return false;
    }

    private Course authored(Actor author, CourseId id) {
        return authored(courses, author, id);
    }

    /**
     * Refuses anyone but the course's authors (or tells them a draft does not exist): the check
     * other modules make before a trainer changes what belongs to a course, such as its questions.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAuthor(Actor actor, CourseId id) {
        authored(courses, actor, id);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAuthorOf(Actor actor, long courseId) {
        requireAuthor(actor, new CourseId(courseId));
    }

    /** A course the actor's organisation authors; anyone else is refused (or told drafts do not exist). */
    static Course authored(CourseRepository courses, Actor author, CourseId id) {
        Course course = Catalogue.visible(courses, author, id);
        if (!course.isAuthoredBy(author)) {
            throw new NotPermitted("course.notAuthor");
        }
        return course;
    }

    /** New settings from a draft: on creation from the draft alone, on revision over the current ones. */
    private CourseSettings settings(CourseDraft draft, CourseVersion current) {
        List<ContentLanguage> languages = draft.languages() == null ? null
                : draft.languages().stream().map(code -> ContentLanguage.of("languages", code)).toList();
        if (draft.audiences() != null) {
            for (String track : draft.audiences()) {
                if (track == null || audiences.find(track).isEmpty()) {
                    throw new InvalidInput("audiences", "course.audience.unknown", String.valueOf(track));
                }
            }
        }
        CourseSettings settings = current != null
                ? current.settings().revisedWith(languages, draft.audiences(), draft.themes(), draft.estimatedMinutes(), draft.cpdHours())
                : new CourseSettings(languages != null ? languages : List.of(ContentLanguage.of("language", draft.language())),
                        draft.audiences(), draft.themes(), draft.estimatedMinutes() == null ? 0 : draft.estimatedMinutes(),
                        draft.cpdHours());
        themes.adopt(settings.themes(), settings.languages().get(0));
        return settings;
    }

    static String subject(CourseId id) {
        return "course:" + id.value();
    }
}
