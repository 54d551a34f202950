package org.practica.monitoring.domain;

import org.practica.monitoring.domain.profile.ProfileFilter;

import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * What a count is limited to: a period of days (both included), an organisation (always one
 * within the reader's reach, or empty for all of them), the training (courses, a cohort, a body),
 * and the people's own facts.
 */
public record CountFilter(LocalDate from, LocalDate to, OptionalLong organisation, TrainingScope training, ProfileFilter people) {

    public CountFilter {
        if (from.isAfter(to)) {
            throw new org.practica.kernel.InvalidInput("from", "monitoring.period.order");
        }
    }

    public CountFilter(LocalDate from, LocalDate to, OptionalLong organisation, TrainingScope training) {
        this(from, to, organisation, training, ProfileFilter.ANYONE);
    }
}
