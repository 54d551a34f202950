package org.practica.courses.domain.course;

/**
 * What a trainer writes for one language version of a lesson: its title, body (HTML, sanitised when
 * written), an optional video link and an optional content note for a lesson that may distress.
 */
public record LessonWords(String title, String body, String videoUrl, String contentNote) {
}
