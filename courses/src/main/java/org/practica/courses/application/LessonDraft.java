package org.practica.courses.application;

import org.practica.courses.domain.course.LessonWords;

/**
 * One language version of a lesson as a trainer writes it; position is optional (end of module),
 * and so is the content note said before a lesson that may distress.
 */
public record LessonDraft(String language, String title, String body, String videoUrl, Integer estimatedMinutes,
                          Integer position, String contentNote) {

    LessonWords words() {
        return new LessonWords(title, body, videoUrl, contentNote);
    }
}
