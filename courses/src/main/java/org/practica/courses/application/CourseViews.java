package org.practica.courses.application;

import org.practica.courses.domain.course.ContentKey;
import org.practica.courses.domain.course.Course;
import org.practica.courses.domain.course.CourseModule;
import org.practica.courses.domain.course.CourseText;
import org.practica.courses.domain.course.CourseVersion;
import org.practica.courses.domain.course.Lesson;
import org.practica.courses.domain.enrollment.Enrollment;
import org.practica.courses.domain.enrollment.Progress;
import org.practica.kernel.ContentLanguage;

import java.util.List;

/** Turns courses and enrolments into the views pages and the API show, in the reader's language. */
final class CourseViews {

    private CourseViews() {
    }

    static CourseSummary summary(Course course, CourseVersion version, ContentLanguage reader) {
        ContentLanguage language = version.languageFor(reader);
        CourseText text = version.text(language);
        return new CourseSummary(course.id().value(), text.title(), text.summary(), language.code(),
                language.direction(), version.languages().stream().map(ContentLanguage::code).toList(),
                version.audiences().stream().sorted().toList(), version.themes().stream().sorted().toList(),
                version.estimatedMinutes(), version.cpdHours(), version.number(), version.status(),
                course.allowsSelfEnrolment(), version.publishedAt());
    }

    static String title(CourseVersion version, ContentLanguage reader) {
        return version.text(reader).title();
    }

    /** The outline of a version with nothing ticked; {@link #modules(FrozenVersion, Enrollment)} ticks a learner's lessons. */
    static List<CourseOutline.ModuleOutline> modules(CourseVersion version, ContentLanguage reader) {
        ContentLanguage language = version.languageFor(reader);
        return version.modules().stream()
                .map(m -> new CourseOutline.ModuleOutline(m.key().value(), moduleTitle(m, version, language),
                        m.lessons().stream()
                                .map(l -> new CourseOutline.LessonOutline(l.key().value(), lessonTitle(l, version, language),
                                        l.estimatedMinutes(), false, l.texts().values().stream().anyMatch(t -> t.contentNote() != null)))
                                .toList()))
                .toList();
    }

    static EnrollmentView enrollment(Enrollment enrollment, CourseVersion version, ContentLanguage reader) {
        return enrollment(enrollment, title(version, reader), version.lessons().map(l -> l.key().value()).toList());
    }

    /** An enrolment against a frozen version: no database work beyond the enrolment itself. */
    static EnrollmentView enrollment(Enrollment enrollment, FrozenVersion frozen) {
        return enrollment(enrollment, frozen.title(), frozen.lessonKeys());
    }

    private static EnrollmentView enrollment(Enrollment enrollment, String title, List<String> lessonKeys) {
        Progress progress = enrollment.progress(lessonKeys);
        // once every lesson is done: a completed course is reviewed from where reading stopped; an
        // unfinished one has nothing to read, and what remains (a quiz) is on the course page
        String resume = enrollment.nextToRead(lessonKeys).map(ContentKey::value).orElseGet(() ->
                enrollment.completedAt() != null && !lessonKeys.isEmpty() ? enrollment.resumeAt(lessonKeys).value() : null);
        return new EnrollmentView(enrollment.courseId().value(), title, enrollment.learner(),
                enrollment.versionNumber(), enrollment.status(), progress.lessonsDone(), progress.lessonsTotal(),
                progress.percent(), enrollment.enrolledAt(), enrollment.completedAt(), enrollment.lastVisitAt(),
                resume, enrollment.cohortId());
    }

    /** A frozen outline with the lessons this learner has done ticked. */
    static List<CourseOutline.ModuleOutline> modules(FrozenVersion frozen, Enrollment enrollment) {
        if (enrollment == null) {
            return frozen.modules();
        }
        return frozen.modules().stream()
                .map(m -> new CourseOutline.ModuleOutline(m.key(), m.title(), m.lessons().stream()
                        .map(l -> new CourseOutline.LessonOutline(l.key(), l.title(), l.estimatedMinutes(),
                                enrollment.lessonsDone().containsKey(l.key()), l.contentNote()))
                        .toList()))
                .toList();
    }

    /**
     * A frozen summary brought up to date with what can still change: the course's self-enrolment
     * switch, and the version's status (a newer publication supersedes it).
     */
    static CourseSummary current(CourseSummary s, Course course, CourseVersion version) {
        return new CourseSummary(s.id(), s.title(), s.summary(), s.language(), s.direction(), s.languages(), s.audiences(),
                s.themes(), s.estimatedMinutes(), s.cpdHours(), s.version(), version.status(),
                course.allowsSelfEnrolment(), s.publishedAt());
    }

    static String moduleTitle(CourseModule module, CourseVersion version, ContentLanguage language) {
        return module.title(language).or(() -> module.title(version.primaryLanguage())).orElse("");
    }

    static String lessonTitle(Lesson lesson, CourseVersion version, ContentLanguage language) {
        return lesson.text(lessonLanguage(lesson, version, language)).orElseThrow().title();
    }

    /**
     * The language to show a lesson in: the reader's if the course offers it, else the course's own,
     * else (in a draft whose translation is under way) whichever version the lesson has.
     */
    static ContentLanguage lessonLanguage(Lesson lesson, CourseVersion version, ContentLanguage wanted) {
        ContentLanguage preferred = version.languageFor(wanted);
        if (lesson.text(preferred).isPresent()) {
            return preferred;
        }
        if (lesson.text(version.primaryLanguage()).isPresent()) {
            return version.primaryLanguage();
        }
        return ContentLanguage.of("language", lesson.texts().keySet().iterator().next());
    }
}
