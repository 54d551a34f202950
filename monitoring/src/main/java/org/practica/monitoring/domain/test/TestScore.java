package org.practica.monitoring.domain.test;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practica.kernel.ScoredAttempt.TestPhase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One graded quiz attempt as monitoring counts it: the account's number (never a name), the
 * organisation they were in, the course and quiz, the day, the percentage, whether it passed, each
 * question's percentage in the order asked, and, for a quiz a trainer paired, the pair (the
 * post-test's number) and the side. Written once when the attempt is graded, never changed.
 */
@Entity
@Table(name = "test_score")
public class TestScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "quiz_id", nullable = false)
    private long quizId;

    @Column(name = "pair_id")
    private Long pairId;

    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private TestPhase phase;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(nullable = false)
    private boolean passed;

    /** Each question's percentage, in the order the quiz asks them, comma-separated. */
    @Column(name = "question_percents", nullable = false, columnDefinition = "TEXT")
    private String questionPercents;

    protected TestScore() {
    }

    public TestScore(long personId, long organisationId, long courseId, long quizId, Long pairId, TestPhase phase, LocalDate day,
                     BigDecimal percent, boolean passed, List<BigDecimal> questionPercents) {
        this.personId = personId;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.quizId = quizId;
        this.pairId = pairId;
        this.phase = phase;
        this.day = day;
        this.percent = percent;
        this.passed = passed;
        this.questionPercents = questionPercents.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public long quizId() {
        return quizId;
    }

    public Long pairId() {
        return pairId;
    }

    public TestPhase phase() {
        return phase;
    }

    public long organisationId() {
        return organisationId;
    }

    public boolean passed() {
        return passed;
    }

    public LocalDate day() {
        return day;
    }

    public double percent() {
        return percent.doubleValue();
    }

    public List<Double> questionPercents() {
        return questionPercents.isEmpty() ? List.of() : Arrays.stream(questionPercents.split(",")).map(Double::valueOf).toList();
    }
}
