package org.practica.certificates.domain.eligibility;

import org.practica.certificates.domain.certificate.Validity;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.Requirement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person against a programme: every requirement with its status and evidence. */
public record Eligibility(List<RequirementCheck> checks) {

    public boolean eligible() {
        return !checks.isEmpty() && checks.stream().allMatch(RequirementCheck::met);
    }

    /** Checks every requirement of the programme as of {@code today}. */
    public static Eligibility assess(CertificationProgramme programme, String person, LearningRecord record, LocalDate today) {
        return new Eligibility(programme.requirements().stream().map(r -> check(r, person, record, today)).toList());
    }

    /**
     * What renewing a certificate asks: the renewal rule's CPD hours, earned from the day the
     * certificate became valid until today.
     */
    public static Eligibility forRenewal(CertificationProgramme programme, Validity current, String person, LearningRecord record,
                                         LocalDate today) {
        BigDecimal need = programme.renewal().cpdHours();
        if (need.signum() == 0) {
            return new Eligibility(List.of());
        }
        BigDecimal have = record.cpdHours(person, current.from(), today);
        return new Eligibility(List.of(new RequirementCheck(new Requirement.CpdHours(need, null), have.compareTo(need) >= 0,
                have, need, null)));
    }

    static RequirementCheck check(Requirement r, String person, LearningRecord record, LocalDate today) {
        if (r instanceof Requirement.CourseCompleted c) {
            Optional<java.time.Instant> at = record.courseCompletedAt(person, c.courseId());
            return new RequirementCheck(r, at.isPresent(), null, null, at.orElse(null));
        }
        if (r instanceof Requirement.QuizPassed q) {
            Optional<LearningRecord.QuizScore> best = record.bestQuizScore(person, q.quizId());
            boolean met = best.map(s -> q.minPercent() == null ? s.passed() : s.percent().compareTo(q.minPercent()) >= 0).orElse(false);
            return new RequirementCheck(r, met, best.map(LearningRecord.QuizScore::percent).orElse(null), q.minPercent(),
                    best.map(LearningRecord.QuizScore::at).orElse(null));
        }
        if (r instanceof Requirement.SupervisedHours s) {
            BigDecimal have = record.supervisedHours(person, s.competency(), since(today, s.withinMonths()), today);
            return new RequirementCheck(r, have.compareTo(s.hours()) >= 0, have, s.hours(), null);
        }
        if (r instanceof Requirement.CpdHours c) {
            BigDecimal have = record.cpdHours(person, since(today, c.withinMonths()), today);
            return new RequirementCheck(r, have.compareTo(c.hours()) >= 0, have, c.hours(), null);
        }
        throw new IllegalArgumentException("unknown requirement " + r);
    }

    /** The first day of a window of whole months ending today; none for an open window. */
    static LocalDate since(LocalDate today, Integer months) {
        return months == null ? null : today.minusMonths(months).plusDays(1);
    }
}
