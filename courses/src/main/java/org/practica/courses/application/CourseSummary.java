package org.practica.courses.application;

import org.practica.courses.domain.course.VersionStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A course as a catalogue lists it, in the reader's language where it is offered. */
public record CourseSummary(long id, String title, String summary, String language, String direction,
                            List<String> languages, List<String> audiences, List<String> themes,
                            int estimatedMinutes, BigDecimal cpdHours, int version, VersionStatus status,
                            boolean selfEnrolment, Instant publishedAt) {
}
