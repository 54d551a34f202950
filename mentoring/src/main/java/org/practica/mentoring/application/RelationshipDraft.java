package org.practica.mentoring.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A mentoring relationship as an admin or trainer arranges it, or a mentee asks for it. */
public record RelationshipDraft(String supervisor, String mentee, String discipline, LocalDate startsOn, LocalDate endsOn,
                                String goals, Map<String, BigDecimal> requiredHours) {
}
