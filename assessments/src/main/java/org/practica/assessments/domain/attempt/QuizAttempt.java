package org.practica.assessments.domain.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practica.assessments.domain.question.Grade;
import org.practica.assessments.domain.question.QuestionType;
import org.practica.assessments.domain.question.Response;
import org.practica.assessments.domain.question.Rubric;
import org.practica.assessments.domain.quiz.Quiz;
import org.practica.kernel.Conflict;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sitting of a quiz by one learner. Started with a copy of the questions drawn for it and a
 * deadline the server sets; answers are saved one by one while it is in progress; submitted once
 * (again is harmless) by the learner, or by the server's clock when the deadline passes; graded
 * at once, except essays, which a trainer grades afterwards. The server's clock sets and enforces
 * the deadline.
 *
 * <p>For learning offline an untimed attempt may be PREPARED in advance: drawn while the line is
 * up, begun later on the device, and told to the server when the line is back, with the times the
 * device kept (when it was begun, each answer, the submit), which the server accepts within what
 * it knows ({@link org.practica.kernel.StatedTime}). The same attempt continued on two devices
 * keeps, per question, the answer given last by the devices' times; the first submit ends it.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    /** How long before its quiz closes a learner with an open attempt is reminded. */
    public static final java.time.Duration CLOSING_NOTICE = java.time.Duration.ofHours(48);

    /** A save that left the browser just before the deadline still counts. */
    public static final Duration GRACE = Duration.ofSeconds(2);

    /**
     * How long after its deadline an attempt waits for answers given in time but held back by a
     * dropped line, before the server closes it. A device could claim an answer was given earlier
     * than it was; this bounds what that could gain.
     */
    public static final Duration RECONNECTION = Duration.ofSeconds(60);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quiz_id", nullable = false)
    private long quizId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false, length = 64)
    private String learner;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closing_told", nullable = false)
    private boolean closingTold;

    @Convert(converter = AttemptQuestionsColumn.class)
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private List<AttemptQuestion> questions;

    @Column(name = "pass_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal passPercent;

    @Column(precision = 10, scale = 4)
    private BigDecimal score;

    @Column(name = "max_score", nullable = false, precision = 10, scale = 4)
    private BigDecimal maxScore;

    @Column(precision = 7, scale = 4)
    private BigDecimal percent;

    private Boolean passed;

    @Version
    private int version;

    protected QuizAttempt() {
    }

    private QuizAttempt(Quiz quiz, String learner, int number, List<AttemptQuestion> questions, Instant now) {
        this.quizId = quiz.id().value();
        this.courseId = quiz.courseId().value();
        this.learner = learner;
        this.number = number;
        this.status = AttemptStatus.IN_PROGRESS;
        this.startedAt = now;
        this.deadline = quiz.settings().deadlineFor(now);
        this.questions = List.copyOf(questions);
        this.passPercent = quiz.settings().passPercent();
        this.maxScore = questions.stream().map(AttemptQuestion::mark).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Starts an attempt if the quiz is open and the learner has attempts left. The caller draws the
     * questions (random ones included) and says how many attempts the learner has already made.
     */
    public static QuizAttempt start(Quiz quiz, String learner, int earlierAttempts, List<AttemptQuestion> drawn, Instant now) {
        if (!quiz.settings().isOpen(now)) {
            throw new NotPermitted(quiz.settings().opensAt() != null && now.isBefore(quiz.settings().opensAt())
                    ? "quiz.notYetOpen" : "quiz.closed");
        }
        int allowed = quiz.settings().maxAttempts();
        if (allowed > 0 && earlierAttempts >= allowed) {
            throw new Conflict("quiz", "attempt.noneLeft", allowed);
        }
        if (drawn.isEmpty()) {
            throw new InvalidInput("quiz", "quiz.slots.none");
        }
        return new QuizAttempt(quiz, learner, earlierAttempts + 1, drawn, now);
    }

    /**
     * Draws an attempt in advance, for the learner to begin offline: only for quizzes without a
     * time limit (a timed attempt's deadline is set by the server when it starts), and only while
     * the quiz is open and the learner has an attempt left.
     */
    public static QuizAttempt prepare(Quiz quiz, String learner, int earlierAttempts, List<AttemptQuestion> drawn, Instant now) {
        if (quiz.settings().timeLimit() != null) {
            throw new Conflict("quiz", "attempt.offline.timed");
        }
        QuizAttempt attempt = start(quiz, learner, earlierAttempts, drawn, now);
        attempt.status = AttemptStatus.PREPARED;
        return attempt;
    }

    /**
     * Begins a prepared attempt at the time the learner began it ({@code startedAt}, already
     * checked against the server's clock). Beginning an attempt already begun (on another device,
     * or by a repeated send) changes nothing.
     */
    public void begin(Instant startedAt) {
        if (status == AttemptStatus.PREPARED) {
            status = AttemptStatus.IN_PROGRESS;
            this.startedAt = startedAt;
        }
    }

    /** Checks a response to save now: the attempt is open, in time, and the response fits its question. */
    public Response accept(int slot, Response response, Instant now) {
        if (!status.isOpen()) {
            throw new Conflict("attempt", "attempt.alreadySubmitted");
        }
        return paper().checked(slot, response, now);
    }

    /** The part of this attempt that never changes after it starts. */
    public AttemptPaper paper() {
        return new AttemptPaper(learner, deadline, questions);
    }

    /**
     * Whether the learner should now hear that the quiz closes within {@link #CLOSING_NOTICE} with
     * this attempt still open: only for an attempt begun well before that (a timed attempt of
     * twenty minutes is not left open), and only once; looking settles it either way.
     */
    public boolean remindOfClosing(Instant now) {
        if (closingTold || !status.isOpen() || deadline == null || !now.isBefore(deadline)
                || deadline.isAfter(now.plus(CLOSING_NOTICE))) {
            return false;
        }
        closingTold = true;
        return startedAt.isBefore(deadline.minus(CLOSING_NOTICE));
    }

    public boolean isOverdue(Instant now) {
        return overdue(deadline, now);
    }

    /** Past its deadline and the wait for answers held back by a dropped line: time to close it. */
    public boolean isDueToClose(Instant now) {
        return dueToClose(deadline, now);
    }

    static boolean dueToClose(Instant deadline, Instant now) {
        return deadline != null && now.isAfter(deadline.plus(RECONNECTION));
    }

    static boolean overdue(Instant deadline, Instant now) {
        return deadline != null && now.isAfter(deadline.plus(GRACE));
    }

    /**
     * Submits with the answers saved so far and grades them. Returns the answer rows to keep,
     * graded (one per answerable question, blank ones included); empty when the attempt was
     * already submitted, so that a second submit changes nothing.
     */
    public List<AttemptAnswer> submit(List<AttemptAnswer> saved, Instant now) {
        return submit(saved, now, now);
    }

    /**
     * Submits as {@link #submit(List, Instant)}, recording the time the learner submitted
     * ({@code submittedAt}, at most {@code now}), which is earlier when the submit waited for the
     * line; never before the attempt began, never after its deadline. A prepared attempt is begun
     * first.
     */
    public List<AttemptAnswer> submit(List<AttemptAnswer> saved, Instant submittedAt, Instant now) {
        begin(submittedAt);
        if (!status.isOpen()) {
            return List.of();
        }
        now = submittedAt.isBefore(startedAt) ? startedAt : submittedAt;
        Map<Integer, AttemptAnswer> bySlot = new HashMap<>();
        saved.forEach(a -> bySlot.put(a.slot(), a));
        List<AttemptAnswer> rows = new ArrayList<>();
        for (AttemptQuestion q : questions) {
            if (!q.definition().type().answerable()) {
                continue;
            }
            AttemptAnswer row = bySlot.computeIfAbsent(q.slot(), s -> new AttemptAnswer(id(), s, null, null));
            if (q.definition().type() != QuestionType.ESSAY) {
                Grade g = q.definition().grade(row.response());
                row.grade(g.credit().value(), g.credit().value().multiply(q.mark()).setScale(4, RoundingMode.HALF_EVEN), null, null, null);
            }
            rows.add(row);
        }
        this.submittedAt = deadline != null && now.isAfter(deadline) ? deadline : now;
        total(rows);
        return rows;
    }

    /**
     * A trainer's grade for an essay: a score between nothing and the question's mark, and a comment.
     * An essay with a rubric may instead be marked by one level per criterion, and the rubric gives
     * the score.
     */
    public void gradeEssay(AttemptAnswer row, BigDecimal typedScore, List<Integer> levels, String comment, String trainer,
                           List<AttemptAnswer> all) {
        if (status.isOpen()) {
            throw new Conflict("attempt", "attempt.notSubmitted");
        }
        AttemptQuestion q = question(row.slot()).orElseThrow(() -> new InvalidInput("slot", "attempt.noSuchQuestion", row.slot()));
        if (q.definition().type() != QuestionType.ESSAY) {
            throw new InvalidInput("slot", "attempt.notAnEssay");
        }
        Rubric rubric = q.definition().options().rubric();
        boolean byRubric = rubric != null && levels != null && !levels.isEmpty();
        BigDecimal score = byRubric ? rubric.score(q.mark(), levels) : typedScore;
        if (score == null || score.signum() < 0 || score.compareTo(q.mark()) > 0) {
            throw new InvalidInput("score", "attempt.score.range", q.mark().stripTrailingZeros().toPlainString());
        }
        String note = comment == null ? null : comment.strip();
        if (note != null && note.length() > AttemptAnswer.COMMENT_MAX) {
            throw new InvalidInput("comment", "validation.tooLong", AttemptAnswer.COMMENT_MAX);
        }
        BigDecimal credit = q.mark().signum() == 0 ? BigDecimal.ZERO : score.divide(q.mark(), 7, RoundingMode.HALF_EVEN);
        row.grade(credit, score.setScale(4, RoundingMode.HALF_EVEN), trainer, note, byRubric ? levels : null);
        total(all);
    }

    /** Sums what is graded; the attempt is graded once no essay waits. A total never falls below zero. */
    private void total(List<AttemptAnswer> rows) {
        boolean waiting = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (AttemptAnswer r : rows) {
            if (r.isGraded()) {
                sum = sum.add(r.score());
            } else {
                waiting = true;
            }
        }
        score = sum.max(BigDecimal.ZERO);
        percent = maxScore.signum() == 0 ? BigDecimal.valueOf(100)
                : score.multiply(BigDecimal.valueOf(100)).divide(maxScore, 4, RoundingMode.HALF_EVEN);
        status = waiting ? AttemptStatus.NEEDS_GRADING : AttemptStatus.GRADED;
        passed = waiting ? null : percent.compareTo(passPercent) >= 0;
    }

    public Optional<AttemptQuestion> question(int slot) {
        return questions.stream().filter(q -> q.slot() == slot).findFirst();
    }

    public AttemptId id() {
        return new AttemptId(id);
    }

    public long quizId() {
        return quizId;
    }

    public long courseId() {
        return courseId;
    }

    public String learner() {
        return learner;
    }

    public int number() {
        return number;
    }

    public AttemptStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<AttemptQuestion> questions() {
        return questions;
    }

    public BigDecimal score() {
        return score;
    }

    public BigDecimal maxScore() {
        return maxScore;
    }

    public BigDecimal percent() {
        return percent;
    }

    public Boolean passed() {
        return passed;
    }
}
