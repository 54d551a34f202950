package org.practica.assessments.domain.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.practica.assessments.domain.question.Response;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The learner's answer to one question of an attempt, saved each time it changes, and its grade
 * once the attempt is submitted (for essays, once a trainer has graded it). One row per question,
 * so a save is a single-row write that a crash cannot half-do.
 */
@Entity
@Table(name = "attempt_answer")
@IdClass(AttemptAnswer.Key.class)
public class AttemptAnswer {

    public static final int COMMENT_MAX = 4000;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long attemptId;
        public int slot;

        public Key() {
        }

        public Key(long attemptId, int slot) {
            this.attemptId = attemptId;
            this.slot = slot;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.slot == slot;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, slot);
        }
    }

    @Id
    @Column(name = "attempt_id")
    private long attemptId;

    @Id
    private int slot;

    @Convert(converter = ResponseColumn.class)
    @Column(columnDefinition = "TEXT")
    private Response response;

    @Column(name = "saved_at")
    private Instant savedAt;

    /** Credit from -1 to 1; null until graded. */
    @Column(precision = 10, scale = 7)
    private BigDecimal credit;

    @Column(precision = 10, scale = 4)
    private BigDecimal score;

    @Column(name = "graded_by", length = 64)
    private String gradedBy;

    @Column(length = COMMENT_MAX)
    private String comment;

    @Column(name = "rubric_levels", length = 100)
    private String rubricLevels;

    protected AttemptAnswer() {
    }

    public AttemptAnswer(AttemptId attempt, int slot, Response response, Instant savedAt) {
        this.attemptId = attempt.value();
        this.slot = slot;
        this.response = response;
        this.savedAt = savedAt;
    }

    void grade(BigDecimal credit, BigDecimal score, String by, String comment, List<Integer> levels) {
        this.credit = credit;
        this.score = score;
        this.gradedBy = by;
        this.comment = comment;
        this.rubricLevels = levels == null ? null : levels.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The level chosen per criterion when the essay was marked with its rubric; empty otherwise. */
    public List<Integer> rubricLevels() {
        return rubricLevels == null || rubricLevels.isBlank() ? List.of()
                : Arrays.stream(rubricLevels.split(",")).map(Integer::valueOf).toList();
    }

    public AttemptId attempt() {
        return new AttemptId(attemptId);
    }

    public int slot() {
        return slot;
    }

    public Response response() {
        return response;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public BigDecimal credit() {
        return credit;
    }

    public BigDecimal score() {
        return score;
    }

    public String gradedBy() {
        return gradedBy;
    }

    public String comment() {
        return comment;
    }

    public boolean isGraded() {
        return score != null;
    }
}
