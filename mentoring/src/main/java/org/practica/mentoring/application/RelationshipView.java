package org.practica.mentoring.application;

import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

public record RelationshipView(long id, String supervisor, String mentee, String discipline, LocalDate startsOn, LocalDate endsOn,
                               String goals, Map<String, BigDecimal> requiredHours, RelationshipStatus status, String arrangedBy) {

    static RelationshipView of(MentoringRelationship r) {
        return new RelationshipView(r.id(), r.supervisor(), r.mentee(), r.discipline().name(), r.startsOn(), r.endsOn(), r.goals(),
                r.requiredHours(), r.status(), r.arrangedBy());
    }
}
