package org.practica.courses.application;

/** One language version of a lesson as a trainer writes it; position is optional (end of module). */
public record LessonDraft(String language, String title, String body, String videoUrl, Integer estimatedMinutes,
                          Integer position) {
}
