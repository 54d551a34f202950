package org.practica.mentoring.application;

import org.practica.mentoring.domain.relationship.RelationshipStatus;

import java.math.BigDecimal;

/**
 * One line of a supervisor's dashboard: a mentee, their hours, and how many of their sessions wait
 * for the supervisor (logged by the mentee, or confirmed and not yet signed off).
 */
public record MenteeOverview(long relationshipId, String mentee, String discipline, RelationshipStatus status, BigDecimal signedOffHours,
                             BigDecimal pendingHours, BigDecimal requiredHours, int percent, int awaitingSupervisor) {
}
