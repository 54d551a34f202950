package org.practica.certificates.application;

import org.practica.certificates.domain.programme.Requirement;
import org.practica.certificates.domain.programme.RequirementsColumn;

import java.math.BigDecimal;

/**
 * A requirement as the API and pages read and write it: its kind (COURSE, QUIZ, SUPERVISED_HOURS,
 * CPD_HOURS), the fields that kind uses, and, when read, a label naming the course, quiz or
 * competency.
 */
public record RequirementView(String kind, Long courseId, Long quizId, BigDecimal minPercent, BigDecimal hours, String competency,
                              Integer withinMonths, String label) {

    Requirement requirement() {
        RequirementsColumn.Row row = new RequirementsColumn.Row();
        row.kind = kind;
        row.course = courseId;
        row.quiz = quizId;
        row.minPercent = minPercent;
        row.hours = hours;
        row.competency = competency;
        row.withinMonths = withinMonths;
        return row.requirement();
    }

    static RequirementView of(Requirement r, String label) {
        RequirementsColumn.Row row = RequirementsColumn.Row.of(r);
        return new RequirementView(row.kind, row.course, row.quiz, row.minPercent, row.hours, row.competency, row.withinMonths, label);
    }
}
