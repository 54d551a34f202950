package org.practica.courses.application;

import java.time.LocalDate;

/** What a trainer gives to open a cohort. */
public record CohortDraft(String name, LocalDate startsOn, LocalDate endsOn) {
}
