package org.practica.monitoring.domain;

import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * What a count is limited to: a period of days (both included), an organisation (always one
 * within the reader's reach, or empty for all of them) and a course.
 */
public record CountFilter(LocalDate from, LocalDate to, OptionalLong organisation, OptionalLong course) {

    public CountFilter {
        if (from.isAfter(to)) {
            throw new org.practica.kernel.InvalidInput("from", "monitoring.period.order");
        }
    }
}
