package org.practica.courses.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What readers see of one published version in one language, built once: published versions
 * never change, so their outline and lessons need not be read from the database again.
 * Learner-specific parts (done, progress, resume point) are laid over it per request.
 */
record FrozenVersion(CourseSummary summary, List<CourseOutline.ModuleOutline> modules, List<String> lessonKeys,
                     Map<String, LessonView> lessons) {

    Optional<LessonView> lesson(String key) {
        return Optional.ofNullable(lessons.get(key));
    }

    String title() {
        return summary.title();
    }
}
