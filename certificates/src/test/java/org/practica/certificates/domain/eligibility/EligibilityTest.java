package org.practica.certificates.domain.eligibility;

import org.junit.jupiter.api.Test;
import org.practica.certificates.domain.body.BodyId;
import org.practica.certificates.domain.certificate.Validity;
import org.practica.certificates.domain.programme.CertificationProgramme;
import org.practica.certificates.domain.programme.IssuingMode;
import org.practica.certificates.domain.programme.ProgrammeTerms;
import org.practica.certificates.domain.programme.RenewalRule;
import org.practica.certificates.domain.programme.Requirement;
import org.practica.certificates.domain.programme.Signatory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    /** A person's record kept in memory: completions, scores, dated supervised and CPD hours. */
    static final class Record implements LearningRecord {
        final Map<Long, Instant> completed = new HashMap<>();
        final Map<Long, QuizScore> scores = new HashMap<>();
        final Map<LocalDate, Map<String, BigDecimal>> supervised = new HashMap<>();
        final Map<LocalDate, BigDecimal> cpd = new HashMap<>();

        @Override
        public Optional<Instant> courseCompletedAt(String person, long courseId) {
            return Optional.ofNullable(completed.get(courseId));
        }

        @Override
        public Optional<QuizScore> bestQuizScore(String person, long quizId) {
            return Optional.ofNullable(scores.get(quizId));
        }

        @Override
        public BigDecimal supervisedHours(String person, String competency, LocalDate from, LocalDate to) {
            return supervised.entrySet().stream().filter(e -> within(e.getKey(), from, to))
                    .map(e -> competency == null ? e.getValue().get("") : e.getValue().getOrDefault(competency, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @Override
        public BigDecimal cpdHours(String person, LocalDate from, LocalDate to) {
            return cpd.entrySet().stream().filter(e -> within(e.getKey(), from, to)).map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        void session(LocalDate day, String competency, int hours) {
            Map<String, BigDecimal> h = supervised.computeIfAbsent(day, d -> new HashMap<>());
            h.merge(competency, BigDecimal.valueOf(hours), BigDecimal::add);
            h.merge("", BigDecimal.valueOf(hours), BigDecimal::add);
        }

        private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    static CertificationProgramme programme(List<Requirement> requirements) {
        CertificationProgramme p = new CertificationProgramme(new BodyId(1), new ProgrammeTerms(Map.of("en", "Trauma-informed practitioner"),
                Map.of("en", "has met the standard"), requirements, 36, new RenewalRule(BigDecimal.valueOf(20), 90, 60),
                IssuingMode.AUTOMATIC, List.of(new Signatory("Dana Seitkali", "Chair"))), "registrar", Instant.parse("2026-01-01T00:00:00Z"));
        p.activate();
        return p;
    }

    @Test
    void everyKindOfRequirementIsCheckedWithItsEvidence() {
        Record r = new Record();
        CertificationProgramme p = programme(List.of(new Requirement.CourseCompleted(7), new Requirement.QuizPassed(3, BigDecimal.valueOf(80)),
                new Requirement.SupervisedHours(BigDecimal.TEN, null, null),
                new Requirement.SupervisedHours(BigDecimal.valueOf(4), "RISK_ASSESSMENT", 12),
                new Requirement.CpdHours(BigDecimal.valueOf(6), 24)));
        Eligibility none = Eligibility.assess(p, "lola", r, TODAY);
        assertFalse(none.eligible());
        assertEquals(5, none.checks().size());
        assertTrue(none.checks().stream().noneMatch(RequirementCheck::met));

        r.completed.put(7L, Instant.parse("2026-05-01T10:00:00Z"));
        r.scores.put(3L, new LearningRecord.QuizScore(BigDecimal.valueOf(79.5), true, Instant.parse("2026-05-02T10:00:00Z")));
        r.session(LocalDate.parse("2025-06-01"), "RISK_ASSESSMENT", 6);
        r.session(LocalDate.parse("2026-06-01"), "TRAUMA", 3);
        r.session(LocalDate.parse("2026-07-01"), "RISK_ASSESSMENT", 2);
        r.cpd.put(LocalDate.parse("2024-11-23"), BigDecimal.valueOf(5));
        r.cpd.put(LocalDate.parse("2024-11-24"), BigDecimal.valueOf(4));
        Eligibility some = Eligibility.assess(p, "lola", r, TODAY);
        List<RequirementCheck> c = some.checks();
        assertTrue(c.get(0).met());
        assertEquals(Instant.parse("2026-05-01T10:00:00Z"), c.get(0).at(), "the completion is the evidence");
        assertFalse(c.get(1).met(), "passed by the quiz's mark, but below the programme's 80 %");
        assertEquals(BigDecimal.valueOf(79.5), c.get(1).have());
        assertTrue(c.get(2).met(), "11 supervised hours in total, ever");
        assertFalse(c.get(3).met(), "only 2 risk-assessment hours in the last 12 months; the older 6 do not count");
        assertEquals(BigDecimal.valueOf(2), c.get(3).have());
        assertEquals(50, c.get(3).percent());
        assertFalse(c.get(4).met(), "24 months back from 23 November 2026 start on 24 November 2024");
        assertEquals(BigDecimal.valueOf(4), c.get(4).have());
        assertFalse(some.eligible());

        r.scores.put(3L, new LearningRecord.QuizScore(BigDecimal.valueOf(80), true, Instant.parse("2026-05-03T10:00:00Z")));
        r.session(LocalDate.parse("2026-11-23"), "RISK_ASSESSMENT", 2);
        r.cpd.put(LocalDate.parse("2026-11-20"), BigDecimal.valueOf(2));
        Eligibility all = Eligibility.assess(p, "lola", r, TODAY);
        assertTrue(all.eligible(), all.toString());
        assertTrue(all.checks().stream().allMatch(x -> x.percent() == 100));
    }

    @Test
    void withoutAMinimumTheQuizsOwnPassMarkDecides() {
        Record r = new Record();
        CertificationProgramme p = programme(List.of(new Requirement.QuizPassed(3, null)));
        r.scores.put(3L, new LearningRecord.QuizScore(BigDecimal.valueOf(55), false, Instant.parse("2026-05-02T10:00:00Z")));
        assertFalse(Eligibility.assess(p, "lola", r, TODAY).eligible());
        r.scores.put(3L, new LearningRecord.QuizScore(BigDecimal.valueOf(65), true, Instant.parse("2026-05-03T10:00:00Z")));
        assertTrue(Eligibility.assess(p, "lola", r, TODAY).eligible());
        assertNull(Eligibility.assess(p, "lola", r, TODAY).checks().get(0).need());
    }

    @Test
    void renewalCountsOnlyCpdEarnedWhileTheCertificateWasValid() {
        Record r = new Record();
        CertificationProgramme p = programme(List.of(new Requirement.CourseCompleted(7)));
        Validity current = Validity.starting(LocalDate.parse("2024-01-10"), 36);
        r.cpd.put(LocalDate.parse("2024-01-09"), BigDecimal.valueOf(15));
        r.cpd.put(LocalDate.parse("2025-03-01"), BigDecimal.valueOf(12));
        Eligibility short1 = Eligibility.forRenewal(p, current, "lola", r, TODAY);
        assertFalse(short1.eligible(), "12 of 20 hours; the 15 before the certificate do not count");
        r.cpd.put(LocalDate.parse("2026-10-01"), BigDecimal.valueOf(8));
        assertTrue(Eligibility.forRenewal(p, current, "lola", r, TODAY).eligible());
    }
}
