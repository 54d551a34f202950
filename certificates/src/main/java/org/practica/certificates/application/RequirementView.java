package org.practica.certificates.application;

import org.practica.certificates.domain.programme.Requirement;
import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A requirement as the API and pages read and write it: its kind (COURSE, QUIZ, SUPERVISED_HOURS,
 * CPD_HOURS), the fields that kind uses, and, when read, a label naming the course, quiz or
 * competency.
 */
public record RequirementView(String kind, Long courseId, Long quizId, BigDecimal minPercent, BigDecimal hours, String competency,
                              Integer withinMonths, String label) {

    Requirement requirement() {
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        return switch (k) {
            case "COURSE" -> new Requirement.CourseCompleted(courseId == null ? 0 : courseId);
            case "QUIZ" -> new Requirement.QuizPassed(quizId == null ? 0 : quizId, minPercent);
            case "SUPERVISED_HOURS" -> new Requirement.SupervisedHours(hours, competency, withinMonths);
            case "CPD_HOURS" -> new Requirement.CpdHours(hours, withinMonths);
            default -> throw new InvalidInput("requirements", "requirement.kind.unknown", kind == null ? "" : kind);
        };
    }

    static RequirementView of(Requirement r, String label) {
        if (r instanceof Requirement.CourseCompleted c) {
            return new RequirementView("COURSE", c.courseId(), null, null, null, null, null, label);
        }
        if (r instanceof Requirement.QuizPassed q) {
            return new RequirementView("QUIZ", null, q.quizId(), q.minPercent(), null, null, null, label);
        }
        if (r instanceof Requirement.SupervisedHours s) {
            return new RequirementView("SUPERVISED_HOURS", null, null, null, s.hours(), s.competency(), s.withinMonths(), label);
        }
        Requirement.CpdHours c = (Requirement.CpdHours) r;
        return new RequirementView("CPD_HOURS", null, null, null, c.hours(), null, c.withinMonths(), label);
    }
}
