package org.practica.certificates.domain.programme;

import org.practica.kernel.InvalidInput;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One thing a person must have done to be certified. Each kind is checked against what another
 * module records: courses completed, quizzes passed, supervised hours signed off, CPD hours.
 */
public sealed interface Requirement {

    BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);

    /** The course completed, whenever. */
    record CourseCompleted(long courseId) implements Requirement {
        public CourseCompleted {
            if (courseId <= 0) {
                throw new InvalidInput("requirements", "requirement.course.required");
            }
        }
    }

    /** The quiz passed; with a minimum score, a best attempt at or above it (the quiz's own pass mark otherwise). */
    record QuizPassed(long quizId, BigDecimal minPercent) implements Requirement {
        public QuizPassed {
            if (quizId <= 0) {
                throw new InvalidInput("requirements", "requirement.quiz.required");
            }
            if (minPercent != null && (minPercent.signum() < 0 || minPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new InvalidInput("requirements", "requirement.percent.range");
            }
        }
    }

    /**
     * Supervised hours signed off: in total (no competency), or for one competency of the body's
     * discipline; within the last months when given, else ever.
     */
    record SupervisedHours(BigDecimal hours, String competency, Integer withinMonths) implements Requirement {
        public SupervisedHours {
            hours = positive(hours);
            competency = competency == null || competency.isBlank() ? null : competency.strip().toUpperCase(Locale.ROOT);
            withinMonths = months(withinMonths);
        }
    }

    /** Continuing professional development hours (from completed courses) within the last months. */
    record CpdHours(BigDecimal hours, Integer withinMonths) implements Requirement {
        public CpdHours {
            hours = positive(hours);
            withinMonths = months(withinMonths);
        }
    }

    private static BigDecimal positive(BigDecimal hours) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new InvalidInput("requirements", "requirement.hours.range", MAX_HOURS);
        }
        return hours;
    }

    private static Integer months(Integer months) {
        if (months != null && (months < 1 || months > 240)) {
            throw new InvalidInput("requirements", "requirement.months.range");
        }
        return months;
    }
}
