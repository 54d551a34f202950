package org.practica.courses.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What a trainer gives to create a course or change its description and settings. */
public record CourseDraft(String language, String title, String summary, List<String> languages,
                          Set<String> audiences, Set<String> themes, Integer estimatedMinutes, BigDecimal cpdHours,
                          Boolean selfEnrolment) {

    boolean changesSettings() {
        return languages != null || audiences != null || themes != null || estimatedMinutes != null || cpdHours != null;
    }
}
