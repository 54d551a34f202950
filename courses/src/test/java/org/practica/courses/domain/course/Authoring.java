package org.practica.courses.domain.course;

import org.practica.kernel.Actor;
import org.practica.kernel.ContentLanguage;
import org.practica.kernel.Role;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Builds courses for tests the way a trainer would. */
public final class Authoring {

    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    public static final Actor TRAINER = new Actor("trainer", 1, Set.of(Role.TRAINER));
    public static final Actor OTHER_ORG_TRAINER = new Actor("outsider", 2, Set.of(Role.TRAINER));
    public static final Actor LEARNER = new Actor("learner", 1, Set.of(Role.LEARNER));

    private Authoring() {
    }

    public static CourseSettings settings(ContentLanguage... languages) {
        return new CourseSettings(List.of(languages), Set.of("practitioner"), Set.of("Trauma"), 90, new BigDecimal("1.5"));
    }

    public static Course emptyCourse(long id) {
        Course course = Course.draft(TRAINER, ContentLanguage.EN, "Trauma-informed care", "Basics",
                settings(ContentLanguage.EN), NOW);
        setId(course, id);
        return course;
    }

    /** A course with one module of two lessons, in English, not yet published. */
    public static Course readyCourse(long id) {
        Course course = emptyCourse(id);
        CourseModule module = course.addModule(TRAINER, ContentLanguage.EN, "Understanding trauma", 0);
        course.addLesson(TRAINER, module.key(), ContentLanguage.EN, new LessonWords("What trauma is", "<p>Text one</p>", null, null), 10, 0);
        course.addLesson(TRAINER, module.key(), ContentLanguage.EN, new LessonWords("Signs in children", "<p>Text two</p>", null, null), 10, 1);
        return course;
    }

    public static Course publishedCourse(long id) {
        Course course = readyCourse(id);
        course.publish(TRAINER, NOW);
        return course;
    }

    private static void setId(Course course, long id) {
        try {
            Field field = Course.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(course, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
